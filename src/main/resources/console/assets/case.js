/*
 * The case page keeps itself current: the transcript as messages come and go out, who holds the case, its notes, and
 * what the responder may do with it. What they are typing or choosing meanwhile stays as it was.
 */
(function () {
  'use strict';

  var live = document.getElementById('live');

  function fields() {
    return live.querySelectorAll('textarea[id], select[id]');
  }

  function keep() {
    var kept = {focus: document.activeElement ? document.activeElement.id : null, values: {}};
    fields().forEach(function (field) {
      kept.values[field.id] = {value: field.value, start: field.selectionStart, end: field.selectionEnd};
    });
    return kept;
  }

  function restore(kept) {
    fields().forEach(function (field) {
      var was = kept.values[field.id];
      if (was) {
        field.value = was.value;
      }
    });
    var focused = kept.focus ? document.getElementById(kept.focus) : null;
    if (focused && live.contains(focused)) {
      focused.focus();
      var was = kept.values[focused.id];
      if (was && was.start !== undefined && was.start !== null && focused.setSelectionRange) {
        focused.setSelectionRange(was.start, was.end);
      }
    }
  }

  window.Live.poll(live, function (fresh) {
    if (fresh.getAttribute('data-stamp') === live.getAttribute('data-stamp')) {
      return;
    }
    var kept = keep();
    live.innerHTML = fresh.innerHTML;
    live.setAttribute('data-stamp', fresh.getAttribute('data-stamp'));
    restore(kept);
  });
})();
