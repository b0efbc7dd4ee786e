#pragma once

#include <QHash>
#include <QTabBar>

namespace Postwright {

// The posts the writer has open, as tabs above the editor. One post is in the editor at a time
// (switching saves it, like a switch in the tree); each tab remembers where the writer was —
// cursor and scroll position — so coming back to a post lands on the same sentence.
class PostTabs final : public QTabBar
{
    Q_OBJECT

public:
    struct Place
    {
        int cursor = -1; // position in the text; -1: not known (start of the body)
        int scroll = 0;  // the editor's vertical scroll bar value
    };

    explicit PostTabs(QWidget *parent = nullptr);

    // Adds a tab for the post if it has none, and makes it current (without requesting it).
    void showPost(const QString &filePath, const QString &title);
    void removePost(const QString &filePath);
    void renamePost(const QString &oldPath, const QString &newPath, const QString &title);
    void setTitle(const QString &filePath, const QString &title);
    void clearPosts();

    QStringList posts() const;
    int indexOf(const QString &filePath) const;
    QString postAt(int index) const;
    // The tab the writer lands on when the current one is closed.
    QString neighbourOf(const QString &filePath) const;

    void rememberPlace(const QString &filePath, Place place);
    Place place(const QString &filePath) const { return m_places.value(filePath); }

Q_SIGNALS:
    void postRequested(const QString &filePath);
    void closeRequested(const QString &filePath);

private:
    QHash<QString, Place> m_places;
    bool m_updating = false;
};

} // namespace Postwright
