/*
 * Asks the server for a part of the page every two seconds and hands what came to the page's own script. When the
 * connection drops it says so and keeps asking; when the session has ended it reloads, which leads to the login.
 */
(function () {
  'use strict';

  var EVERY = 2000;

  function fragment(html, id) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content.getElementById(id);
  }

  function poll(element, onFresh) {
    var url = element.getAttribute('data-refresh');
    var offline = document.getElementById('offline');
    function again() {
      window.setTimeout(ask, EVERY);
    }
    function ask() {
      fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}, cache: 'no-store'})
        .then(function (response) {
          if (response.status === 401 || response.status === 403 || response.redirected) {
            window.location.reload();
            return null;
          }
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          if (html === null) {
            return;
          }
          if (offline) {
            offline.hidden = true;
          }
          var fresh = fragment(html, element.id);
          if (fresh) {
            onFresh(fresh);
          }
          again();
        })
        .catch(function () {
          if (offline) {
            offline.hidden = false;
          }
          again();
        });
    }
    again();
  }

  window.Live = {poll: poll};
})();
