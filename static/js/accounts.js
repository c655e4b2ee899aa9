// The recovery codes page (only when codes are shown once): warn before leaving until the
// person ticks "I have saved my recovery codes", and select the codes on click. Uses
// allauth's own recovery_codes.js, which the page loads first.
document.addEventListener("DOMContentLoaded", function () {
  window.allauth.recoveryCodes.forms.viewForm({
    ids: { saveConfirmation: "codes_saved", recoveryCodes: "recovery_codes" },
  });
});
