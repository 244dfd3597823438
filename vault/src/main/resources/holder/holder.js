// The holder page: loads a licence the token's holder may read, lets them tick the fields to disclose, and
// shows the presentation's QR code. Everything goes through the vault's API; nothing is stored in the browser.
"use strict";

const NAMES = {
  holderName: "持证主体 Holder", holderCode: "持证主体代码 Holder code", number: "证照编号 Number",
  name: "证照名称 Licence name", typeCode: "证照类型代码 Type code", validFrom: "有效期起 Valid from",
  validUntil: "有效期止 Valid until", issuer: "颁发机构 Issuer", issuerCode: "颁发机构代码 Issuer code",
  issueDate: "颁发日期 Issue date", id: "证照标识 Identifier", holderCodeType: "代码类型 Code type",
};

const $ = (id) => document.getElementById(id);

function showError(problem) {
  $("error").textContent = problem.detail || problem.title || String(problem);
  $("error").hidden = false;
}

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: Object.assign({ Authorization: "Bearer " + $("token").value.trim() },
      body ? { "Content-Type": "application/json" } : {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.json().catch(() => ({ detail: response.statusText }));
  if (!response.ok) {
    throw answer;
  }
  return answer;
}

function licencePath() {
  return "/api/v1/licences/" + encodeURIComponent($("licence").value.trim());
}

$("load").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("error").hidden = true;
  $("result").hidden = true;
  try {
    const licence = await call("GET", licencePath());
    const fields = $("fields");
    fields.replaceChildren();
    for (const name of Object.keys(licence.metadata).sort()) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = name;
      box.value = name;
      label.append(box, " " + (NAMES[name] || name));
      fields.append(label);
    }
    $("present").hidden = false;
  } catch (problem) {
    showError(problem);
  }
});

$("present").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("error").hidden = true;
  const disclose = [...document.querySelectorAll("#fields input:checked")].map((box) => box.value);
  try {
    const made = await call("POST", licencePath() + "/presentations",
      { disclose, ttlSeconds: Number($("ttl").value) });
    $("qr").src = "data:image/png;base64," + made.qrPng;
    $("expires").textContent = new Date(made.expiresAt).toLocaleString();
    $("result").hidden = false;
  } catch (problem) {
    showError(problem);
  }
});
