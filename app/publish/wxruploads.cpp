#include "publish/wxruploads.h"

#include "publish/wxrreader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString hostKey(const QString &host)
{
    const QString lower = host.toLower();
    return lower.startsWith(u"www."_s) ? lower.mid(4) : lower;
}

// "photo-1024x768.jpg" -> "photo.jpg": WordPress links resized copies of an upload; when the export's
// folder has only the original, the post shows that.
QString originalOfResized(const QString &relative)
{
    static const QRegularExpression resized(u"^(.*)-\\d+x\\d+(\\.[A-Za-z0-9]+)$"_s);
    const QRegularExpressionMatch match = resized.match(relative);
    return match.hasMatch() ? match.captured(1) + match.captured(2) : QString();
}

} // namespace

WxrUploads::WxrUploads(const WxrExport &wxr)
{
    for (const QString &url : wxr.siteUrls)
        m_hosts.insert(hostKey(QUrl(url).host()));
    for (const WxrAttachment &attachment : wxr.attachments) {
        if (attachment.url.path().contains(u'/' + folder()))
            m_hosts.insert(hostKey(attachment.url.host()));
    }
    m_hosts.remove(QString());
}

void WxrUploads::setExportFolder(const QString &exportFolder)
{
    m_folder = QFileInfo(exportFolder).canonicalFilePath();
}

bool WxrUploads::isSiteHost(const QString &host) const
{
    return m_hosts.contains(hostKey(host));
}

QString WxrUploads::uploadPath(const QString &href) const
{
    const QUrl url(href.trimmed());
    if (!url.isValid())
        return {};
    if (!url.host().isEmpty()) {
        if ((url.scheme() != u"http"_s && url.scheme() != u"https"_s) || !isSiteHost(url.host()))
            return {};
    } else if (!url.scheme().isEmpty()) {
        return {}; // data:, mailto: ...
    }
    const QString path = url.path(QUrl::FullyDecoded);
    qsizetype at = path.indexOf(u'/' + folder());
    if (at >= 0)
        at += 1 + folder().size();
    else if (path.startsWith(folder()))
        at = folder().size();
    else
        return {};
    // Untrusted: every segment one plain name, so the path stays below uploads/ wherever it is joined.
    const QStringList segments = path.mid(at).split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s || segment.contains(u'\\') ||
            segment.contains(u':') || std::any_of(segment.cbegin(), segment.cend(), [](QChar c) {
                return c.category() == QChar::Other_Control;
            }))
            return {};
    }
    return segments.join(u'/');
}

std::optional<WxrUploads::File> WxrUploads::find(const QString &upload) const
{
    if (m_folder.isEmpty())
        return std::nullopt;
    const QDir dir(m_folder);
    for (const QString &name : {upload, originalOfResized(upload)}) {
        if (name.isEmpty())
            continue;
        for (const QString &candidate :
             QStringList{u"uploads/"_s + name, folder() + name, name.section(u'/', -1)}) {
            const QFileInfo info(dir.filePath(candidate));
            if (!info.isFile())
                continue;
            // A symbolic link could point anywhere: only files really inside the export's folder are read.
            const QString canonical = info.canonicalFilePath();
            if (canonical.startsWith(m_folder + u'/'))
                return File{name, canonical};
        }
    }
    return std::nullopt;
}

} // namespace Postwright
