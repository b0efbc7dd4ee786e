#pragma once

#include <QDateTime>
#include <QLocale>
#include <QVariantMap>

namespace Postwright {

// The words the theme prints ("Read more", "min read", "Older posts"), as the `labels` object
// templates see, and dates formatted the way the blog's language writes them.
namespace ThemeLabels {
QVariantMap labels();
QString displayDate(const QDateTime &dateTime, const QLocale &locale);
} // namespace ThemeLabels

} // namespace Postwright
