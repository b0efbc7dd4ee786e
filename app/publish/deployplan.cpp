#include "publish/deployplan.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

// List pages of the built-in site: the home page and its pages, every page of a category or tag list,
// year lists and the archive. "2026/index.html" is the 2026 list, "2026/my-post/index.html" a post.
const QRegularExpression &indexPagePattern()
{
    static const QRegularExpression pattern(uR"(^(?:(?:categories|tags)(?:/[^/]+)?/|archive/|\d{4}/)?)"
                                            uR"((?:page/\d+/)?index\.html$)"_s);
    return pattern;
}

} // namespace

DeployPhase DeployPlan::phaseFor(const QString &path)
{
    const QString name = path.section(u'/', -1).toLower();
    if (name.endsWith(u".xml") || name == u"feed.json" || name == u"robots.txt")
        return DeployPhase::Feeds;
    if (!name.endsWith(u".html") && !name.endsWith(u".htm"))
        return DeployPhase::Assets;
    return indexPagePattern().match(path).hasMatch() ? DeployPhase::IndexPages : DeployPhase::Pages;
}

DeployPlan DeployPlan::make(const QMap<QString, ManifestEntry> &local, const DeployManifest &deployed)
{
    DeployPlan plan;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const std::optional<ManifestEntry> previous = deployed.entry(it.key());
        if (previous && *previous == *it) {
            ++plan.m_unchanged;
            continue;
        }
        plan.m_actions.append({previous ? DeployAction::Kind::Changed : DeployAction::Kind::New,
                               phaseFor(it.key()), it.key(), *it});
    }
    for (auto it = deployed.entries().cbegin(); it != deployed.entries().cend(); ++it) {
        if (!local.contains(it.key()))
            plan.m_actions.append({DeployAction::Kind::Deleted, DeployPhase::Deletions, it.key(), *it});
    }
    std::stable_sort(plan.m_actions.begin(), plan.m_actions.end(),
                     [](const DeployAction &a, const DeployAction &b) {
                         return a.phase != b.phase ? a.phase < b.phase : a.path < b.path;
                     });
    return plan;
}

QList<DeployAction> DeployPlan::uploads() const
{
    QList<DeployAction> result;
    std::copy_if(m_actions.cbegin(), m_actions.cend(), std::back_inserter(result),
                 [](const DeployAction &a) { return a.kind != DeployAction::Kind::Deleted; });
    return result;
}

QList<DeployAction> DeployPlan::deletions() const
{
    QList<DeployAction> result;
    std::copy_if(m_actions.cbegin(), m_actions.cend(), std::back_inserter(result),
                 [](const DeployAction &a) { return a.kind == DeployAction::Kind::Deleted; });
    return result;
}

int DeployPlan::count(DeployAction::Kind kind) const
{
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(),
                             [kind](const DeployAction &a) { return a.kind == kind; }));
}

qint64 DeployPlan::bytes(DeployAction::Kind kind) const
{
    qint64 total = 0;
    for (const DeployAction &action : m_actions) {
        if (action.kind == kind)
            total += action.content.size;
    }
    return total;
}

} // namespace Postwright
