#pragma once

#include "publish/deploymanifest.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Postwright {

// The order of a deploy, chosen so that no already-published page ever links to something missing:
// what pages use comes first, the pages that link to new pages come after them, deletions last.
enum class DeployPhase {
    Assets,     // css, js, images, fonts, anything not a page or feed
    Pages,      // posts, static pages, 404, redirects
    IndexPages, // home, page/N/, category/tag/year lists, archive: they link to the pages
    Feeds,      // rss/atom, feed.json, sitemap.xml, robots.txt: they announce the pages
    Deletions,
};

struct DeployAction
{
    enum class Kind { New, Changed, Deleted };
    Kind kind = Kind::New;
    DeployPhase phase = DeployPhase::Assets;
    QString path;          // relative to both the output folder and the target's root
    ManifestEntry content; // the local content for uploads, the last deployed one for deletions

    bool operator==(const DeployAction &other) const = default;
};

// What a deploy will do: the difference between the output folder and the target's last manifest, in
// upload order. Deleted files are always listed so the review sheet can show them; whether they are
// removed is the engine's deleteRemoved option.
class DeployPlan
{
public:
    static DeployPlan make(const QMap<QString, ManifestEntry> &local, const DeployManifest &deployed);
    // Which phase uploads a file, from the paths the built-in site writes (see Permalink, SiteBuilder).
    static DeployPhase phaseFor(const QString &path);

    const QList<DeployAction> &actions() const { return m_actions; } // sorted by phase, then path
    QList<DeployAction> uploads() const;
    QList<DeployAction> deletions() const;
    int count(DeployAction::Kind kind) const;
    qint64 bytes(DeployAction::Kind kind) const;
    int unchanged() const { return m_unchanged; }
    bool isEmpty() const { return m_actions.isEmpty(); }

private:
    QList<DeployAction> m_actions;
    int m_unchanged = 0;
};

} // namespace Postwright
