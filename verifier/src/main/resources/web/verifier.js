// The verification page (核验页): sends a file, a 亮证 QR payload, a SHA-256 or an identifier to
// POST /api/v1/verify and explains the answer in Chinese and English. Nothing is kept in the browser, and
// every value from the answer is inserted as text (textContent), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

// What each verdict means for the person at the counter: [Chinese word, Chinese advice, English advice].
const VERDICTS = {
  VALID: ["有效", "可以信赖：证照已上链，未被篡改，由登记的签发方签章，今日在有效期内。",
    "You may rely on it: anchored on the ledger, unaltered, sealed by a registered issuer, in force today."],
  INVALID: ["无效", "不可信赖：证照或亮证码是伪造的、被改动过、已被替换、尚未生效，或亮证码被拒绝。",
    "Do not rely on it: forged, altered, replaced, not yet in force, or the QR code was refused."],
  REVOKED: ["已吊销", "不可信赖：签发方已吊销（注销）该证照。",
    "Do not rely on it: the issuer has revoked this licence for good."],
  SUSPENDED: ["已暂停", "不可信赖：签发方已暂停该证照的效力。",
    "Do not rely on it: the issuer has suspended this licence."],
  EXPIRED: ["已过期", "不可信赖：该证照的有效期已过。",
    "Do not rely on it: its last day of validity has passed."],
  PENDING: ["待上链", "亮证码是真实的，但证照尚未上链：切勿视为已核验，请稍后重新请持证人亮证。",
    "The QR code is genuine, but the licence is not anchored yet: never treat it as verified; ask for a fresh QR code shortly."],
  UNKNOWN: ["未找到", "账本上没有该文件或标识的记录：不可视为已核验。",
    "Nothing is anchored under what was presented: do not treat it as verified."],
};

const RESULTS = { VALID: "通过 Passed", INVALID: "未通过 Failed", SKIPPED: "未检查 Not checked" };

// Plain words for the reason codes of the checks: [Chinese, English]. Unknown codes show the API's detail.
const REASONS = {
  VERIFIED: ["三项检查全部通过。", "All three checks passed."],
  // INTEGRITY 完整性
  CONTENT_MATCHES: ["文件的 SHA-256 摘要与上链的一致，文件未被改动。", "The file's SHA-256 is the anchored one: the file is unaltered."],
  NOT_IN_BATCH: ["账本上的记录不在其批次锚定的默克尔根之下，记录可能被篡改。", "The ledger's record is not a leaf of the root its batch anchored: the record may have been altered."],
  DIGEST_MISMATCH: ["文件的 SHA-256 摘要与上链的不一致，文件可能被改动。", "The file's SHA-256 differs from the anchored one: it may have been altered."],
  FIELDS_MATCH: ["持证人披露的信息与上链的承诺一致。", "The disclosed fields match the commitment anchored for the licence."],
  COMMITMENT_MISMATCH: ["披露的信息与上链的承诺不一致，信息可能被改动。", "The disclosed fields do not match the anchored commitment: a value was changed."],
  TOKEN_DOCUMENT_MISMATCH: ["亮证码所指的证照与上链的不是同一份。", "The QR code names another document than the one anchored."],
  TOKEN_SEAL_MISMATCH: ["亮证码的签章不是签发该证照的签章。", "The QR code was signed with another seal than the one that sealed the licence."],
  DIGEST_ONLY: ["只提交了摘要，本次未检查文件内容。", "Only a SHA-256 was given; no file was checked here."],
  IDENTIFIER_ONLY: ["只提交了证照标识，本次未检查文件内容。", "Only an identifier was given; no file was checked here."],
  NOT_ANCHORED: ["账本上没有对应的记录。", "Nothing is anchored under what was presented."],
  TOKEN_REFUSED: ["亮证码已被拒绝，因此未查询账本。", "The QR code was refused, so the ledger was not asked."],
  // STATUS 状态
  IN_FORCE: ["已上链，未被暂停或吊销，今日在有效期内。", "Anchored, not suspended or revoked, and in force today."],
  REVOKED: ["签发方已吊销该证照。", "Revoked by its issuer."],
  SUSPENDED: ["签发方已暂停该证照。", "Suspended by its issuer."],
  SUPERSEDED: ["签发方已用新证照替换该证照。", "Replaced by its issuer with a newer document."],
  EXPIRED: ["有效期的最后一天已过。", "Its last day of validity has passed."],
  NOT_YET_VALID: ["证照尚未到生效日期。", "It is not yet in force."],
  NOT_YET_ANCHORED: ["亮证码真实，但证照尚未上链，请稍后再试。", "The QR code is genuine, but the licence is not anchored yet; try again shortly."],
  // ISSUER 签发方
  SEAL_REGISTERED: ["由登记在账本上的签发部门签章，上链时签章在用。", "Sealed by a department registered on the ledger, with a seal in service when anchored."],
  TOKEN_SEALED: ["亮证码由账本上登记的签章签署。", "The QR code was signed with a seal registered on the ledger."],
  DEPARTMENT_OF_ANOTHER_REGION: ["签发部门属于另一个地区，与上链地区不符。", "The issuing department belongs to another region than the one that anchored it."],
  TYPE_NOT_REGISTERED: ["签发部门未登记可签发此类证照。", "The department is not registered to issue this type of licence."],
  SEAL_OF_ANOTHER_DEPARTMENT: ["签章登记在另一个部门名下。", "The seal is registered to another department."],
  SEAL_NOT_VALID_WHEN_ANCHORED: ["上链时签章证书不在有效期内。", "The seal certificate was not valid when the document was anchored."],
  SEAL_NOT_IN_SERVICE_WHEN_ANCHORED: ["上链时签章尚未启用或已停用。", "The seal was not in service when the document was anchored."],
  BAD_SIGNATURE: ["签章签名不成立，记录可能被伪造。", "The seal's signature does not hold: the record may be forged."],
  // Refused QR codes 亮证码被拒
  TOKEN_REPLAYED: ["该亮证码已经核验过一次，不能重复使用。请持证人重新生成亮证码。", "This QR code has been verified before and cannot be used again. Ask the holder for a fresh one."],
  TOKEN_EXPIRED: ["亮证码已过期。请持证人重新生成。", "The QR code has expired. Ask the holder for a fresh one."],
  TOKEN_NOT_YET_VALID: ["亮证码的签发时间在未来，请检查设备时间。", "The QR code claims to be issued in the future; check the devices' clocks."],
  TOKEN_TAMPERED: ["亮证码的签名不成立，内容可能被改动。", "The QR code's signature does not hold: its content may have been changed."],
  TOKEN_MALFORMED: ["无法识别的亮证码内容，请完整复制二维码内容。", "The QR code content cannot be read; copy the whole content again."],
  TOKEN_TOO_LARGE: ["亮证码内容过长。", "The QR code content is too long."],
  TOKEN_WRONG_AUDIENCE: ["该亮证码是为其他核验方生成的。", "The QR code was made for another relying party."],
  TOKEN_UNKNOWN_KEY: ["亮证码的签章未在账本上登记或已停用。", "The QR code's seal is not registered on the ledger, or not in service."],
  TOKEN_WRONG_ALGORITHM: ["亮证码使用了不允许的签名算法。", "The QR code uses a signature algorithm that is not allowed."],
};

// Problem answers (problem+json `code`): [Chinese, English].
const PROBLEMS = {
  "ledger-unavailable": ["账本暂时无法访问，本次未作任何核验。请稍后重试（亮证码未被使用，可再次核验）。",
    "The ledger cannot be reached right now; nothing was verified. Try again shortly (a QR code was not used up)."],
  "ledger-lagging": ["本核验方的账本索引落后于本地区节点过多，现在无法确认结论，本次未作任何核验。请稍后重试（亮证码未被使用）。",
    "This verifier's ledger index is too far behind its peer to confirm anything now; nothing was verified. Try again shortly (a QR code was not used up)."],
  "invalid-sha256": ["SHA-256 格式不正确：应为 64 位十六进制字符。", "That is not a SHA-256: it must be 64 hexadecimal characters."],
  "invalid-id": ["证照标识格式不正确。", "That is not a valid licence identifier or material id."],
  "file-empty": ["所选文件是空的。", "The chosen file is empty."],
  "file-too-large": ["文件过大，请改用其 SHA-256 核验。", "The file is too large; verify it by its SHA-256 instead."],
  "one-thing-to-verify": ["每次只能核验一项。", "Verify one thing at a time."],
  "qr-not-found": ["图片中未能识别出二维码：请靠近、对正、对焦后重拍，或直接粘贴亮证码内容。",
    "No QR code could be read in the picture: take it again closer, straight and sharp, or paste the QR content."],
  "qr-picture-unreadable": ["无法读取该图片：请选择 PNG 或 JPEG 截图或照片。",
    "The picture cannot be read: choose a PNG or JPEG screenshot or photo."],
  "qr-picture-too-large": ["图片像素过多，请发送较小的照片或截图。", "The picture has too many pixels; send a smaller photo or a screenshot."],
  "picture-too-large": ["图片文件过大，请发送较小的照片或截图。", "The picture file is too large; send a smaller photo or a screenshot."],
  "request-too-large": ["请求过大。", "The request is too large."],
  "no-receipt-key": ["本核验方未配置回执签名密钥，请取消“签发核验回执”后再核验。",
    "This verifier has no key to sign receipts; untick the receipt option and verify again."],
  network: ["无法连接核验服务，请检查网络后重试。", "The verifier could not be reached; check the network and try again."],
};

// Labels of disclosed fields, as the holder page names them.
const FIELD_NAMES = {
  holderName: "持证主体 Holder", holderCode: "持证主体代码 Holder code", number: "证照编号 Number",
  name: "证照名称 Licence name", typeCode: "证照类型代码 Type code", validFrom: "有效期起 Valid from",
  validUntil: "有效期止 Valid until", issuer: "颁发机构 Issuer", issuerCode: "颁发机构代码 Issuer code",
  issueDate: "颁发日期 Issue date", id: "证照标识 Identifier", holderCodeType: "代码类型 Code type",
};

const REGIONS = {
  ShanghaiMSP: "上海 Shanghai", ZhejiangMSP: "浙江 Zhejiang", JiangsuMSP: "江苏 Jiangsu", AnhuiMSP: "安徽 Anhui",
};

const TYPES = { "11100000000013338W011": "营业执照 Business licence" };

const STATUSES = {
  ACTIVE: "有效 In force", REVOKED: "已吊销 Revoked", SUSPENDED: "已暂停 Suspended",
  SUPERSEDED: "已被替换 Superseded",
};

const KINDS = { LICENCE: "电子证照 E-licence", MATERIAL: "电子材料 E-material" };

const REGION_NAMES = { shanghai: "上海 Shanghai", zhejiang: "浙江 Zhejiang", jiangsu: "江苏 Jiangsu", anhui: "安徽 Anhui" };

// The ledger's state as /health reports it, which asks this region's peer each time: [Chinese, English].
const LEDGER_STATES = {
  up: ["本地区节点可访问", "this region's peer is reachable"],
  down: ["账本暂时无法访问：现在提交的核验不会有结论（503），请稍后再试",
    "the ledger cannot be reached: nothing can be verified now (503); try again shortly"],
  none: ["本核验方未连接账本：任何核验都不会有结论", "this verifier is not connected to a ledger: nothing can be verified"],
  unreachable: ["无法连接核验服务", "the verifier cannot be reached"],
};

/** How often the ledger's state is asked again while the page is open. */
const LEDGER_REFRESH_MS = 10000;

/** An instant shown in Beijing time, e.g. 2026-10-28 18:00:00 北京时间. */
function beijing(instant) {
  if (!instant) {
    return null;
  }
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) {
    return String(instant);
  }
  const shifted = new Date(at.getTime() + 8 * 3600 * 1000).toISOString();
  return shifted.slice(0, 10) + " " + shifted.slice(11, 19) + " 北京时间 (UTC+8)";
}

function withEnglish(element, zh, en) {
  const english = document.createElement("span");
  english.className = "en";
  english.textContent = en;
  element.replaceChildren(zh + " ", english);
}

function ledgerState(health) {
  const ledger = health && health.details && health.details.ledger;
  if (!ledger) {
    return ["unreachable", {}];
  }
  const state = { UP: "up", DOWN: "down", UNKNOWN: "none" }[ledger.status] || "down";
  return [state, ledger.details || {}];
}

// Shown before anything is verified, so that a clerk knows whether an answer can come at all.
async function showLedger() {
  let health = null;
  try {
    // /health answers 503 when the peer is down, with the same body.
    const response = await fetch("/health", {
      cache: "no-store", credentials: "omit", headers: { Accept: "application/json" },
    });
    health = await response.json();
  } catch (e) {
    health = null;
  }
  const [state, details] = ledgerState(health);
  const words = LEDGER_STATES[state];
  const region = REGION_NAMES[details.region] || details.region;
  const height = typeof details.height === "number" ? details.height : null;
  $("ledger").dataset.state = state;
  $("ledger").dataset.height = height === null ? "" : String(height);
  withEnglish($("ledger-state"), (region ? region + " · " : "") + words[0], words[1]);
  const checked = "检查于 Checked at " + beijing(new Date().toISOString());
  $("ledger-detail").textContent = height === null ? checked
    : "区块高度 Block height " + height + " · " + checked;
}

// How current the ledger state behind the answer was: the index's block and lag, or a direct peer read.
function ledgerFreshness(ledger) {
  if (!ledger) {
    return "";
  }
  if (ledger.source === "peer") {
    return " · 直接读取本地区节点 Read from this region's peer";
  }
  return " · 账本索引 Ledger index: 区块 block " + ledger.block + "，落后 behind " + ledger.blocksBehind
    + " 块 blocks / " + (ledger.millisBehind / 1000).toFixed(1) + " 秒 s";
}

function labelled(map, code) {
  return code && map[code] ? map[code] + " (" + code + ")" : code;
}

function reset() {
  $("error").hidden = true;
  $("result").hidden = true;
  $("busy").hidden = true;
  $("receipt").hidden = true;
  const old = $("receipt-link").href;
  if (old && old.startsWith("blob:")) {
    URL.revokeObjectURL(old);
  }
  $("receipt-link").removeAttribute("href");
}

// The signed receipt as a file to keep: the JSON exactly as the verifier signed it.
function showReceipt(answer) {
  if (!answer.receipt) {
    return;
  }
  const blob = new Blob([JSON.stringify(answer.receipt)], { type: "application/json" });
  $("receipt-link").href = URL.createObjectURL(blob);
  $("receipt-link").download = "receipt-" + answer.verifier + "-" + answer.verifiedAt.replace(/[:.]/g, "") + ".json";
  $("receipt").hidden = false;
}

function showProblem(problem) {
  const words = PROBLEMS[problem.code] || ["核验未完成。", "The verification could not be completed."];
  $("error").dataset.code = problem.code || "";
  $("error-title").textContent = "未能核验：" + words[0];
  $("error-en").textContent = "Not verified: " + words[1];
  $("error-detail").textContent = [problem.status, problem.code, problem.detail].filter((v) => v).join(" · ");
  $("error").hidden = false;
  $("error").scrollIntoView({ block: "nearest" });
}

function showCheck(name, check) {
  const item = $("check-" + name);
  const known = REASONS[check.reason];
  item.dataset.result = check.result;
  item.dataset.reason = check.reason;
  item.querySelector(".result").textContent = RESULTS[check.result] || check.result;
  item.querySelector(".reason").textContent = check.reason;
  item.querySelector(".words-zh").textContent = known ? known[0] : "（此原因代码无中文说明，见下方英文。）";
  item.querySelector(".words-en").textContent = known ? known[1] : check.detail;
  // The API's own words add the facts (dates, codes) to a known code's plain words.
  item.querySelector(".detail").textContent = known ? check.detail : "";
  item.querySelector(".detail").hidden = !known;
}

function addField(list, label, value, key) {
  if (value === null || value === undefined || value === "") {
    return;
  }
  const term = document.createElement("dt");
  term.textContent = label;
  const description = document.createElement("dd");
  description.textContent = value;
  if (key) {
    description.dataset.field = key;
  }
  list.append(term, description);
}

function showRecord(record) {
  const list = $("record-fields");
  list.replaceChildren();
  $("record").hidden = !record;
  if (!record) {
    return;
  }
  addField(list, "签发方 Issuer", record.issuerName ? record.issuerName + " (" + record.issuer + ")" : record.issuer,
    "issuer");
  addField(list, "签发地区 Region", labelled(REGIONS, record.issuerRegion), "issuerRegion");
  addField(list, "类型 Kind", labelled(KINDS, record.kind), "kind");
  addField(list, "证照类型 Type", labelled(TYPES, record.typeCode), "typeCode");
  addField(list, "证照标识 Identifier", record.id, "id");
  addField(list, "有效期 Validity", record.validFrom + " 至 to " + (record.validUntil || "长期 no end date"),
    "validity");
  addField(list, "账本状态 Ledger status", labelled(STATUSES, record.status), "status");
  addField(list, "状态变更 Status changed", beijing(record.statusChangedAt), "statusChangedAt");
  addField(list, "变更原因 Reason", record.statusReason, "statusReason");
  addField(list, "替换为 Replaced by (SHA-256)", record.supersededBy, "supersededBy");
  addField(list, "上链时间 Anchored at", beijing(record.anchoredAt), "anchoredAt");
  addField(list, "交易 Transaction", record.transactionId, "transactionId");
  addField(list, "批次 Batch", record.batchId ? record.batchId + " #" + record.leafIndex : null, "batchId");
  addField(list, "SHA-256", record.sha256, "sha256");
}

function showDisclosed(answer, byToken) {
  const list = $("disclosed-fields");
  list.replaceChildren();
  const fields = answer.disclosed || [];
  for (const field of fields) {
    addField(list, FIELD_NAMES[field.name] || field.name, field.value, field.name);
  }
  const note = $("disclosed-note");
  if (fields.length > 0) {
    note.textContent = "其他信息持证人未披露。 Other fields were not disclosed by the holder.";
  } else {
    note.textContent = "持证人未披露任何信息。 The holder disclosed no fields.";
  }
  // A refused or forged presentation shows no fields at all.
  $("disclosed").hidden = !byToken || (fields.length === 0 && answer.verdict !== "VALID");
}

function showAnswer(answer, byToken) {
  const words = VERDICTS[answer.verdict] || [answer.verdict, "", ""];
  const verdict = $("verdict");
  verdict.dataset.verdict = answer.verdict;
  verdict.dataset.reason = answer.reason;
  $("verdict-zh").textContent = words[0];
  $("verdict-code").textContent = answer.verdict;
  $("verdict-advice-zh").textContent = words[1];
  $("verdict-advice-en").textContent = words[2];
  const reason = REASONS[answer.reason];
  $("verdict-reason").textContent = answer.reason;
  $("verdict-reason-words").textContent = reason ? "— " + reason[0] + " " + reason[1] : "";
  showCheck("integrity", answer.checks.integrity);
  showCheck("status", answer.checks.status);
  showCheck("issuer", answer.checks.issuer);
  showDisclosed(answer, byToken);
  showRecord(answer.record);
  showReceipt(answer);
  $("verified").textContent = "核验时间 Verified at " + beijing(answer.verifiedAt) + " · 核验方 Verifier "
    + answer.verifier + " (" + answer.region + ")" + ledgerFreshness(answer.ledger);
  $("result").hidden = false;
  verdict.scrollIntoView({ block: "start" });
  verdict.focus({ preventScroll: true });
}

async function verify(body, byToken, url = "/api/v1/verify") {
  reset();
  $("busy").hidden = false;
  const buttons = document.querySelectorAll("button");
  buttons.forEach((button) => { button.disabled = true; });
  try {
    const json = !(body instanceof FormData);
    let response;
    try {
      const asked = $("want-receipt").checked ? (url.includes("?") ? "&" : "?") + "receipt=true" : "";
      response = await fetch(url + asked, {
        method: "POST",
        headers: json ? { "Content-Type": "application/json", Accept: "application/json" } : { Accept: "application/json" },
        body: json ? JSON.stringify(body) : body,
        cache: "no-store",
        credentials: "omit",
      });
    } catch (e) {
      showProblem({ code: "network", detail: String(e) });
      return;
    }
    const answer = await response.json().catch(() => ({ status: response.status, detail: response.statusText }));
    if (!response.ok || !answer.verdict) {
      showProblem(Object.assign({ status: response.status }, answer));
      if (answer.code === "ledger-unavailable") {
        showLedger();
      }
      return;
    }
    showAnswer(answer, byToken);
    if (byToken) {
      // A QR code is spent once the ledger answered: clear it so that it is not sent again by mistake.
      $("token").value = "";
    }
  } finally {
    $("busy").hidden = true;
    buttons.forEach((button) => { button.disabled = false; });
  }
}

$("by-file").addEventListener("submit", (event) => {
  event.preventDefault();
  const file = $("file").files[0];
  if (!file) {
    return;
  }
  const form = new FormData();
  form.append("file", file, file.name);
  verify(form, false);
});

$("by-token").addEventListener("submit", (event) => {
  event.preventDefault();
  const token = $("token").value.trim();
  const picture = $("picture").files[0];
  if (token) {
    verify({ token }, true);
  } else if (picture) {
    // The verifier reads the code from the picture and verifies its token; the picture is not kept.
    const form = new FormData();
    form.append("picture", picture, picture.name);
    verify(form, true, "/api/v1/verify/qr").finally(() => { $("picture").value = ""; });
  }
});

// Choosing a picture verifies it at once: there is nothing else to type.
$("picture").addEventListener("change", () => {
  if ($("picture").files[0]) {
    $("token").value = "";
    $("by-token").requestSubmit();
  }
});

// A QR scanner that types like a keyboard ends with Enter: that verifies at once.
$("token").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    $("by-token").requestSubmit();
  }
});

$("by-value").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = $("value").value.trim();
  if (!value) {
    return;
  }
  // A SHA-256 is 64 hex digits of either case (the API takes both; lowercase is the ledger's spelling). Anything
  // else is an identifier.
  verify(/^[0-9a-fA-F]{64}$/.test(value) ? { sha256: value.toLowerCase() } : { id: value }, false);
});

// A link such as /?id=<licence identifier> or /?sha256=<digest> — printed beside a licence, or sent by its
// issuer — verifies at once. Tokens are never taken from the address: addresses end up in logs and histories.
(() => {
  const params = new URLSearchParams(window.location.search);
  const value = params.get("sha256") || params.get("id");
  if (value) {
    $("value").value = value;
    $("by-value").requestSubmit();
  }
})();

showLedger();
setInterval(showLedger, LEDGER_REFRESH_MS);
