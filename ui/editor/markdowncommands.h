#pragma once

#include <QString>

class QTextCursor;

namespace Postwright {

// The editor's Markdown commands as text transformations on a cursor, so they are testable
// without a window. Each one is a single undo step (an edit block) and leaves the cursor where
// the writer continues; the editor sets it back as its text cursor.
namespace MarkdownCommands {

enum class Span { Bold, Italic, Code };

// Wraps the selection (or the word at the cursor) in the span's markers, or unwraps it when it
// already is wrapped, with the markers inside or just outside the selection. Without either,
// inserts an empty pair with the cursor between (or removes an empty pair around the cursor).
// A code selection over several lines becomes a fenced block.
void toggleSpan(QTextCursor &cursor, Span span);

// Ctrl+K. clipboardText is used as the link target when it is a URL.
void insertLink(QTextCursor &cursor, const QString &clipboardText);

// Pasting a URL over a selection on one line that is not a URL itself makes `[selection](url)`.
// False (and nothing changed) when the paste is not that case.
bool pasteAsLink(QTextCursor &cursor, const QString &pastedText);

// A single http(s) or mailto URL, nothing around it.
bool isLinkTarget(const QString &text);

// Enter: continues a list item or block quote, ends the list on an empty item, keeps the
// indentation elsewhere; inside fenced code and front matter, only the indentation.
void newLine(QTextCursor &cursor);

// Tab and Shift+Tab: list items move by a child list's indentation, other selected lines by 4
// spaces; without a selection outside a list, Tab inserts spaces to the next 4-column stop.
void indent(QTextCursor &cursor);
void outdent(QTextCursor &cursor);

} // namespace MarkdownCommands

} // namespace Postwright
