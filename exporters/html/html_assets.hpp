// What every HTML page carries inline (exporters stage): the style sheet, the page's script,
// and the page head that binds them with a Content-Security-Policy. The policy lets the page
// load nothing from anywhere and run only this script and style (by their sha256), so even
// markup that escaped escaping could neither fetch nor execute anything.
#pragma once

#include <string>
#include <string_view>

namespace minutes::exporters::html {

// Appends <!DOCTYPE html>, the head (charset, viewport, policy, title `title`, style sheet)
// and opens <body class="`body_class`">. `script` says whether append_tail will write the
// audit script, which the policy then allows.
void append_head(std::string& out, std::string_view title, std::string_view body_class,
                 bool script);

// Closes the page: the audit script when `script`, then </body></html>.
void append_tail(std::string& out, bool script);

}  // namespace minutes::exporters::html
