// Swagger UI 5 (it reads OpenAPI 3.1) for the workbench's OpenAPI document, from files shipped
// in the package (workbench/swagger_ui/NOTE.md): no CDN, no request off this computer.
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    validatorUrl: null, // no badge fetched from validator.swagger.io
  });
});
