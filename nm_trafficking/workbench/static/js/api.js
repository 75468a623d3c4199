// The workbench's HTTP API (same origin). Every call answers {ok, status, data, text}.

const API = "/api/v1";

async function call(method, path, body, contentType = "application/json") {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    init.headers["Content-Type"] = contentType;
  }
  let response;
  try {
    response = await fetch(API + path, init);
  } catch (err) {
    return { ok: false, status: 0, data: { message: "the workbench server cannot be reached", errors: [] } };
  }
  const type = response.headers.get("content-type") || "";
  const text = await response.text();
  let data = null;
  if (type.includes("json")) {
    try {
      data = JSON.parse(text);
    } catch (err) {
      data = null;
    }
  }
  return { ok: response.ok, status: response.status, data, text };
}

export const get = (path) => call("GET", path);
export const post = (path, body, contentType) => call("POST", path, body, contentType);
