// What every HTML page carries inline (see html_assets.hpp). The style and script are
// constants; their CSP hashes are computed once, from the very bytes written, so an edit to
// either can never leave the policy blocking it.
#include "exporters/html/html_assets.hpp"

#include <nettle/base64.h>
#include <nettle/sha2.h>

#include <cstdint>

#include "exporters/html/html_text.hpp"

namespace minutes::exporters::html {
namespace {

// ---- Style ------------------------------------------------------------------------------------
// Facts on the left, source on the right, each pane scrolling on its own so that a click on a
// fact moves the source and leaves the fact in view. Narrow screens and print get one column.
constexpr std::string_view style = R"css(
:root{--bg:#fff;--fg:#1c2330;--muted:#5d6778;--rule:#e2e6ed;--pane:#f6f7f9;--accent:#1d5bb8;
--hl:#fff0a0;--mark:#d99a00;--hover:#eef3fb}
@media (prefers-color-scheme:dark){:root{--bg:#14171c;--fg:#e3e7ed;--muted:#98a2b1;
--rule:#2a3039;--pane:#1a1e24;--accent:#86b4ff;--hl:#4b4214;--mark:#e2b21c;--hover:#202833}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:var(--fg);background:var(--bg)}
body.page{display:flex;flex-direction:column}
header.top{padding:.7rem 1.2rem .6rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.3rem;margin:0;line-height:1.25}
h2{font-size:1rem;margin:1.3rem 0 .4rem;text-transform:uppercase;letter-spacing:.04em}
h3{font-size:.9rem;margin:.8rem 0 .2rem;color:var(--muted)}
.sub{margin:.2rem 0 0}
.file{margin:.15rem 0 0;font-size:.78rem;color:var(--muted);overflow-wrap:anywhere}
body.page>main{flex:1;min-height:0;display:grid;
grid-template-columns:minmax(20rem,2fr) minmax(0,3fr)}
.facts,.source{overflow:auto;min-height:0}
.facts{padding:0 1.1rem 3rem;border-right:1px solid var(--rule)}
nav.toc{position:sticky;top:0;z-index:1;background:var(--bg);padding:.5rem 0;font-size:.85rem;
border-bottom:1px solid var(--rule)}
nav.toc a{color:var(--accent);text-decoration:none;margin-right:.8rem;white-space:nowrap}
ul,ol{list-style:none;margin:0;padding:0}
.f{display:block;color:inherit;text-decoration:none;padding:.3rem .5rem;margin:0 -.5rem;
border-radius:6px;border:1px solid transparent;overflow-wrap:anywhere;scroll-margin:4rem 0}
a.f:hover,a.f:focus-visible{background:var(--hover);border-color:var(--rule);outline:none}
a.f.on{background:var(--hl);border-color:var(--mark)}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;margin:0}
dl.kv dt{color:var(--muted)}
dl.kv dd{margin:0}
.ln{float:right;margin-left:.6rem;font:12px/1.9 ui-monospace,"DejaVu Sans Mono",monospace;
color:var(--accent)}
.m{display:block;color:var(--muted);font-size:.84rem}
.who{font-weight:600}
.due{white-space:nowrap}
.t{display:block}
.b{display:inline-block;padding:0 .4em;border-radius:4px;font-size:.75rem;background:var(--rule);
vertical-align:1px}
.b.error,.b.lost{background:#f6c9c4;color:#5c1209}.b.warning{background:#f8e2a8;color:#4d3800}
.b.carried{background:#cbe8cf;color:#0f3d17}
.none{color:var(--muted);font-style:italic;margin:.2rem 0}
.n{color:var(--muted);font-weight:400}
.source{background:var(--pane);padding:.6rem 0 40vh;
font:13px/1.55 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
.source h2{font:600 .8rem/1 system-ui,sans-serif;margin:.2rem 1rem .6rem;color:var(--muted)}
.source p{position:relative;margin:0;padding:0 1rem 0 4.6em;min-height:1.55em;
white-space:pre-wrap;overflow-wrap:anywhere;scroll-margin:2rem}
.source p>a{position:absolute;left:0;width:3.6em;text-align:right;color:var(--muted);
text-decoration:none;user-select:none}
.source p.hl,.source p:target{background:var(--hl);box-shadow:inset 3px 0 var(--mark)}
.source p.hl>a,.source p:target>a{color:var(--fg)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top}
td.c,th.c{text-align:right;font-variant-numeric:tabular-nums}
tfoot td{font-weight:600}
body.index{padding:1rem 1.5rem;height:auto}
body.index a{color:var(--accent)}
@media (max-width:56rem){body.page{display:block;height:auto}body.page>main{display:block}
.facts,.source{overflow:visible}.facts{border:0}nav.toc{position:static}}
@media print{html,body,body.page{display:block;height:auto;background:#fff;color:#000}
body.page>main{display:block}.facts,.source{overflow:visible;border:0}.source{background:none;
padding:0;break-before:page}nav.toc{display:none}.f{break-inside:avoid}.ln{color:#000}}
)css";

// ---- Script -----------------------------------------------------------------------------------
// A fact links to its first line (#L12), which works without the script; the script widens
// the fragment to the fact's range (#L12-L15), highlights every line of it and scrolls it
// into view, and does the same for a fragment opened from a bookmark or the history.
constexpr std::string_view script = R"js(
(function () {
  'use strict';
  var lit = [], active = null;
  function mark(fact) {
    if (active) active.classList.remove('on');
    active = fact;
    if (fact) fact.classList.add('on');
  }
  function range(fact) {
    var hash = fact.getAttribute('href'), end = fact.getAttribute('data-end');
    return end ? hash + '-L' + end : hash;
  }
  function show(hash) {
    var fact = /^#[A-Za-z][\w-]*$/.test(hash) && document.getElementById(hash.slice(1));
    if (fact && fact.matches('a.f')) { mark(fact); hash = range(fact); }
    var m = /^#L([0-9]+)(?:-L([0-9]+))?$/.exec(hash);
    if (!m) return;
    lit.forEach(function (line) { line.classList.remove('hl'); });
    lit = [];
    var last = m[2] ? +m[2] : +m[1];
    for (var n = +m[1]; n <= last; n++) {
      var line = document.getElementById('L' + n);
      if (!line) break;
      line.classList.add('hl');
      lit.push(line);
    }
    if (lit.length) lit[0].scrollIntoView({block: lit.length > 12 ? 'start' : 'center'});
  }
  document.addEventListener('click', function (event) {
    var fact = event.target.closest ? event.target.closest('a.f') : null;
    if (!fact || event.button || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    mark(fact);
    var hash = range(fact);
    if (location.hash === hash) show(hash); else location.hash = hash;
  });
  window.addEventListener('hashchange', function () { show(location.hash); });
  show(location.hash);
})();
)js";

// The policy's source expression for an inline element with this content.
std::string hash_source(std::string_view content) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, content.size(), reinterpret_cast<const std::uint8_t*>(content.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
  char base64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE)];
  base64_encode_raw(base64, SHA256_DIGEST_SIZE, digest);
  return "'sha256-" + std::string(base64, sizeof base64) + "'";
}

// The Content-Security-Policy: nothing may load; only this style (and this script) may apply.
std::string policy(bool with_script) {
  return "default-src 'none'; style-src " + hash_source(style) + "; script-src " +
         (with_script ? hash_source(script) : "'none'") + "; base-uri 'none'; form-action 'none'";
}

}  // namespace

void append_head(std::string& out, std::string_view title, std::string_view body_class,
                 bool with_script) {
  static const std::string with = policy(true), without = policy(false);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += with_script ? with : without;
  out += "\">\n<meta name=\"generator\" content=\"minutes\">\n<title>";
  append_text(out, title);
  out += "</title>\n<style>";
  out += style;
  out += "</style>\n</head>\n<body class=\"";
  out += body_class;
  out += "\">\n";
}

void append_tail(std::string& out, bool with_script) {
  if (with_script) {
    out += "<script>";
    out += script;
    out += "</script>\n";
  }
  out += "</body>\n</html>\n";
}

}  // namespace minutes::exporters::html
