#pragma once

#include <QString>

namespace Postwright {

// A problem in a file the writer owns, located precisely enough to jump to it.
struct SourceError
{
    QString file;    // absolute or blog-relative path; empty when there is no file
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based; 0 when unknown
    QString message; // what is wrong, in words a writer understands

    // "file:line:col: message", leaving out the parts that are unknown.
    QString toString() const;

    bool operator==(const SourceError &other) const = default;
};

} // namespace Postwright
