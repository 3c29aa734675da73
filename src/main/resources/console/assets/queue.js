/*
 * The queue keeps itself current. A new URGENT case shows a banner and, unless muted, beeps (browsers let a page
 * make sound only after a click, so sound starts off until the responder turns it on; the choice is remembered).
 */
(function () {
  'use strict';

  var rows = document.getElementById('rows');
  var banner = document.getElementById('new-urgent');
  var sound = document.getElementById('sound');
  var title = document.title;
  var audio = null;
  var known = urgentCases(rows);

  function urgentCases(element) {
    var ids = {};
    element.querySelectorAll('tr[data-level="URGENT"]').forEach(function (row) {
      ids[row.getAttribute('data-case')] = true;
    });
    return ids;
  }

  function soundOn() {
    return window.localStorage.getItem('lighthouse.sound') === 'on';
  }

  function showSound() {
    sound.textContent = sound.getAttribute(soundOn() ? 'data-on' : 'data-off');
    sound.setAttribute('aria-pressed', String(soundOn()));
  }

  function beep() {
    if (!soundOn()) {
      return;
    }
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    [0, 0.35].forEach(function (start) {
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.2;
      tone.connect(gain);
      gain.connect(audio.destination);
      tone.start(audio.currentTime + start);
      tone.stop(audio.currentTime + start + 0.2);
    });
  }

  function cue() {
    banner.hidden = false;
    document.title = '🚨 ' + title;
    beep();
  }

  banner.addEventListener('click', function () {
    banner.hidden = true;
    document.title = title;
  });

  sound.addEventListener('click', function () {
    window.localStorage.setItem('lighthouse.sound', soundOn() ? 'off' : 'on');
    showSound();
    beep();
  });
  showSound();

  window.Live.poll(rows, function (fresh) {
    var urgent = urgentCases(fresh);
    var arrived = Object.keys(urgent).some(function (id) {
      return !known[id];
    });
    known = urgent;
    rows.innerHTML = fresh.innerHTML;
    if (arrived) {
      cue();
    }
  });
})();
