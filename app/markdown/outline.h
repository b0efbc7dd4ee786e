#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Postwright {

// A post's headings, for the outline panel: ATX (`## Title`) and setext (a line underlined with
// === or ---), in the file's own 1-based line numbers; the front matter and fenced code are
// skipped. A line scanner rather than cmark: it runs after typing pauses on posts of any size
// and only needs heading lines, which CommonMark makes recognisable line by line (apart from
// setext underlines, which look one line back).
struct OutlineHeading
{
    int level = 1; // 1..6
    QString title; // the heading's text, emphasis and code markers removed
    int line = 1;

    friend bool operator==(const OutlineHeading &, const OutlineHeading &) = default;
};

namespace Outline {
QList<OutlineHeading> headings(QStringView postText);
} // namespace Outline

} // namespace Postwright
