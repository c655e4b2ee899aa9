// The idle-timeout warning (templates/accounts/includes/idle_warning.html). The server
// signs people out by itself (accounts.middleware.IdleTimeoutMiddleware); this only warns
// a couple of minutes before, offers "Stay signed in", and moves to the sign-in page when
// the time is up. Before either, it asks the server how long is really left, because
// another tab may have been in use. A file, not inline script, so the strict CSP holds.
(function () {
  "use strict";
  var box = document.getElementById("idle-warning");
  if (!box || !window.fetch) {
    return;
  }
  var timeout = parseInt(box.dataset.idleTimeout, 10) * 1000;
  var warning = parseInt(box.dataset.idleWarning, 10) * 1000;
  var form = document.getElementById("idle-warning-form");
  var left = document.getElementById("idle-warning-left");
  var timer = null;

  function minutes(ms) {
    var m = Math.max(1, Math.round(ms / 60000));
    return m === 1 ? "1 minute" : m + " minutes";
  }

  function schedule(msLeft) {
    window.clearTimeout(timer);
    if (msLeft <= 0) {
      window.location.assign(box.dataset.signedOutUrl);
    } else if (msLeft <= warning) {
      left.textContent = "You will be signed out in " + minutes(msLeft) + ".";
      if (box.hidden) {
        box.hidden = false;
        document.getElementById("idle-warning-stay").focus();
      }
      timer = window.setTimeout(check, Math.min(msLeft, 30000));
    } else {
      box.hidden = true;
      timer = window.setTimeout(check, msLeft - warning);
    }
  }

  function check() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        schedule(data.signed_in ? data.seconds_left * 1000 : 0);
      })
      .catch(function () { timer = window.setTimeout(check, 30000); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.json(); })
      .then(function (data) { schedule(data.signed_in ? data.seconds_left * 1000 : 0); })
      .catch(function () { form.submit(); });
  });

  schedule(timeout);
})();
