#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postwright {

struct SitemapEntry
{
    QString url; // absolute
    QDateTime lastModified; // optional
};

// sitemap.xml (sitemaps.org 0.9) and robots.txt pointing at it; deterministic for the same input.
namespace SitemapWriter {
QByteArray sitemap(const QList<SitemapEntry> &entries);
QByteArray robots(const QString &sitemapUrl);
} // namespace SitemapWriter

} // namespace Postwright
