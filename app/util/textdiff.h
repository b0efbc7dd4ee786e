#pragma once

#include <QList>
#include <QString>

namespace Postwright::TextDiff {

// One line of a line-by-line comparison of two texts.
struct Line
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based line in the old text, 0 for an added line
    int newLine = 0; // 1-based line in the new text, 0 for a removed line
};

// The lines of both texts in reading order, with what happened to each (a minimal edit script,
// from Debian's libdtl). With context >= 0 only changed lines and that many unchanged lines
// around each change are kept; a Line with kind Same and empty oldLine/newLine (both 0) then
// marks each gap.
QList<Line> compare(const QString &oldText, const QString &newText, int context = -1);

// How many lines differ (removed + added).
int changedLineCount(const QList<Line> &lines);

} // namespace Postwright::TextDiff
