#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace Postwright {

struct WxrExport;

// The uploaded files of a WordPress site as an export's folder holds them: which links point at the
// site's uploads (wp-content/uploads/ on one of its own hosts), and which file of the folder each one
// is. Links and paths come from the export and are untrusted: an upload path is only plain segments
// (no "..", no separators hidden in escapes), and only files really inside the folder are found,
// symbolic links included.
class WxrUploads
{
public:
    struct File
    {
        QString name;   // below uploads/: the linked path, or its original for a missing resized copy
        QString source; // absolute and canonical, inside the export's folder
    };

    // The site's hosts: the channel's addresses and those of its uploaded files.
    explicit WxrUploads(const WxrExport &wxr);

    // Where the export's files are looked for: uploads/ or wp-content/uploads/ in it mirroring the
    // site's, or the file itself beside the .xml.
    void setExportFolder(const QString &folder);

    static QString folder() { return QStringLiteral("wp-content/uploads/"); }

    bool isSiteHost(const QString &host) const;
    // "https://site/wp-content/uploads/2024/03/a%20b.png?w=300" -> "2024/03/a b.png"; empty for a link
    // that is not to the site's uploads or whose path is not safe.
    QString uploadPath(const QString &href) const;
    // The file of the export's folder for an upload path; a resized copy ("a-300x200.png") that the
    // folder does not have is its original ("a.png") when that is there.
    std::optional<File> find(const QString &upload) const;

private:
    QSet<QString> m_hosts;
    QString m_folder; // canonical; empty when it does not exist
};

} // namespace Postwright
