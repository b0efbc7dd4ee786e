#include "mainwindow/posttabs.h"

#include <QDir>

namespace Postwright {

PostTabs::PostTabs(QWidget *parent)
    : QTabBar(parent)
{
    setObjectName(QStringLiteral("postTabs"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setExpanding(false);
    setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            Q_EMIT postRequested(postAt(index));
    });
    connect(this, &QTabBar::tabCloseRequested, this, [this](int index) { Q_EMIT closeRequested(postAt(index)); });
}

void PostTabs::showPost(const QString &filePath, const QString &title)
{
    m_updating = true;
    int index = indexOf(filePath);
    if (index < 0) {
        index = addTab(title);
        setTabData(index, filePath);
        setTabToolTip(index, QDir::toNativeSeparators(filePath));
    } else {
        setTabText(index, title);
    }
    setCurrentIndex(index);
    m_updating = false;
}

void PostTabs::removePost(const QString &filePath)
{
    m_places.remove(filePath);
    if (const int index = indexOf(filePath); index >= 0) {
        m_updating = true;
        removeTab(index);
        m_updating = false;
    }
}

void PostTabs::renamePost(const QString &oldPath, const QString &newPath, const QString &title)
{
    const int index = indexOf(oldPath);
    if (index < 0)
        return;
    setTabData(index, newPath);
    setTabToolTip(index, QDir::toNativeSeparators(newPath));
    setTabText(index, title);
    if (m_places.contains(oldPath))
        m_places.insert(newPath, m_places.take(oldPath));
}

void PostTabs::setTitle(const QString &filePath, const QString &title)
{
    if (const int index = indexOf(filePath); index >= 0 && tabText(index) != title)
        setTabText(index, title);
}

void PostTabs::clearPosts()
{
    m_updating = true;
    while (count() > 0)
        removeTab(0);
    m_updating = false;
    m_places.clear();
}

QStringList PostTabs::posts() const
{
    QStringList paths;
    for (int i = 0; i < count(); ++i)
        paths.append(postAt(i));
    return paths;
}

int PostTabs::indexOf(const QString &filePath) const
{
    for (int i = 0; i < count(); ++i) {
        if (postAt(i) == filePath)
            return i;
    }
    return -1;
}

QString PostTabs::postAt(int index) const
{
    return tabData(index).toString();
}

QString PostTabs::neighbourOf(const QString &filePath) const
{
    const int index = indexOf(filePath);
    if (index < 0 || count() < 2)
        return {};
    return postAt(index + 1 < count() ? index + 1 : index - 1);
}

void PostTabs::rememberPlace(const QString &filePath, Place place)
{
    if (!filePath.isEmpty())
        m_places.insert(filePath, place);
}

} // namespace Postwright
