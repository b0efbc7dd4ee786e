#include "util/textdiff.h"

// Debian's libdtl (header only): Myers' O(NP) diff, the algorithm of GNU diff and git.
#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace Postwright::TextDiff {

QList<Line> compare(const QString &oldText, const QString &newText, int context)
{
    const QStringList oldLines = oldText.split(u'\n');
    const QStringList newLines = newText.split(u'\n');
    const std::vector<QString> a(oldLines.cbegin(), oldLines.cend());
    const std::vector<QString> b(newLines.cbegin(), newLines.cend());
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge(); // bounded memory on long posts
    diff.compose();

    QList<Line> all;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        Line line;
        line.text = text;
        switch (info.type) {
        case dtl::SES_COMMON:
            line.oldLine = int(info.beforeIdx);
            line.newLine = int(info.afterIdx);
            break;
        case dtl::SES_DELETE:
            line.kind = Line::Kind::Removed;
            line.oldLine = int(info.beforeIdx);
            break;
        case dtl::SES_ADD:
            line.kind = Line::Kind::Added;
            line.newLine = int(info.afterIdx);
            break;
        }
        all.append(line);
    }
    // Within each run of changes, what went before what came: the way diffs are read.
    for (qsizetype start = 0; start < all.size();) {
        qsizetype end = start;
        while (end < all.size() && all[end].kind != Line::Kind::Same)
            ++end;
        std::stable_partition(all.begin() + start, all.begin() + end,
                              [](const Line &line) { return line.kind == Line::Kind::Removed; });
        start = end == start ? start + 1 : end;
    }
    if (context < 0)
        return all;

    // Keep each change and `context` unchanged lines on either side; mark what was left out.
    QList<bool> keep(all.size(), false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].kind == Line::Kind::Same)
            continue;
        for (qsizetype j = std::max<qsizetype>(0, i - context); j <= std::min(all.size() - 1, i + context); ++j)
            keep[j] = true;
    }
    QList<Line> shown;
    bool gap = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!keep[i]) {
            gap = true;
            continue;
        }
        if (gap)
            shown.append(Line{});
        gap = false;
        shown.append(all[i]);
    }
    if (gap && !shown.isEmpty())
        shown.append(Line{});
    return shown;
}

int changedLineCount(const QList<Line> &lines)
{
    int count = 0;
    for (const Line &line : lines)
        count += line.kind != Line::Kind::Same;
    return count;
}

} // namespace Postwright::TextDiff
