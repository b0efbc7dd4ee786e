#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

// Typed access to what the GUI remembers between runs, so the keys live in one place.
class UiSettings
{
public:
    UiSettings() = default;

    QString lastBlogPath() const;
    void setLastBlogPath(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    bool previewVisible() const;
    void setPreviewVisible(bool visible);
    bool postTreeVisible() const;
    void setPostTreeVisible(bool visible);
    bool outlineVisible() const;
    void setOutlineVisible(bool visible);
    bool syncScroll() const;
    void setSyncScroll(bool on);
    // Images from the web in the preview: off unless the writer turns them on (privacy: a
    // post's remote image tells its server that the post is being edited).
    bool remoteImages() const;
    void setRemoteImages(bool on);
    // "system" (follow the desktop), "light" or "dark".
    QString appearance() const;
    void setAppearance(const QString &appearance);
    int editorZoom() const; // percent
    void setEditorZoom(int percent);
    // The spelling language the writer chose for a blog; empty: the blog's own language.
    QString spellLanguage(const QString &blogRoot) const;
    void setSpellLanguage(const QString &blogRoot, const QString &language);
    bool frontMatterExpanded() const;
    void setFrontMatterExpanded(bool expanded);
    // The writer's choice of the preview's style for one site (true: the site's own CSS, false:
    // the built-in theme), kept only where it differs from the site's default (postwright.yaml's
    // preview.style): nullopt then, and the site's files are never written for it.
    std::optional<bool> previewSiteStyle(const QString &blogRoot) const;
    void setPreviewSiteStyle(const QString &blogRoot, std::optional<bool> on);

private:
    QSettings m_settings;
};

} // namespace Postwright
