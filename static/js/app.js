// Every page: start the NHS.UK frontend components (header menu, buttons, error summary...).
// base.html loads this as a module (so only browsers the frontend supports run it) and
// names the frontend's URL in data-nhsuk-frontend: {% static %} gives the hashed file in
// production. No inline script anywhere, so a strict Content Security Policy can apply.
const script = document.querySelector("script[data-nhsuk-frontend]");
document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
const { initAll } = await import(script.dataset.nhsukFrontend);
initAll();
