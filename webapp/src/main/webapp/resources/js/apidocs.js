/*
 * Renders Payara's OpenAPI document (/openapi, at the server's root, outside the application) with Swagger UI.
 * "Try it out" sends real requests with the personal API token entered under "Authorize" (Bearer).
 */
(function () {
  var el = document.getElementById('swagger-ui');
  if (!el) {
    return;
  }
  if (typeof SwaggerUIBundle !== 'function') {
    el.textContent = el.getAttribute('data-failed');
    return;
  }
  el.textContent = '';
  SwaggerUIBundle({
    url: el.getAttribute('data-spec'),
    domNode: el,
    deepLinking: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    onComplete: function () { el.setAttribute('data-loaded', 'true'); }
  });
})();
