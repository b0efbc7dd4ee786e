#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace Postwright {

// The words the theme prints ("Read more", "min read", "Older posts"), as the `labels` object
// templates see, and dates formatted the way the blog's language writes them. Both follow the
// blog's `language:` (a German blog gets German labels whatever the UI's language), with English
// when there is no translation and the base language for regional tags ("de-AT" -> German).
namespace ThemeLabels {
QVariantMap labels(const QString &language);
// The language's long date without the weekday: "d. MMMM yyyy" in German, "d 'de' MMMM 'de' yyyy"
// in Spanish; "d MMMM yyyy" for English without a region.
QString dateFormat(const QString &language);
QString displayDate(const QDateTime &dateTime, const QString &language);
} // namespace ThemeLabels

} // namespace Postwright
