#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Postwright {

class InlineMessage;

// The folder a new blog goes into, as a parent folder and a name (made from the blog's title
// until the writer edits it), with the resulting path and, inline, why it cannot be used: a
// missing parent, or an existing folder that is not empty (BlogCreator's own words). Shared by
// the wizard's Create and Import pages; it adds its rows to the page's form so the labels line up.
class BlogFolderChooser final : public QObject
{
    Q_OBJECT

public:
    explicit BlogFolderChooser(QWidget *page);

    void addRows(QFormLayout *form);

    QString parentFolder() const;
    void setParentFolder(const QString &folder);
    // Used as the folder's name until the writer types one of their own.
    void suggestName(const QString &name);

    // The new blog's absolute folder, empty while the parent or the name is missing.
    QString path() const;
    // Why path() cannot hold a new blog now; empty when it can.
    QString problem() const;
    bool isAcceptable() const { return !path().isEmpty() && problem().isEmpty(); }

    // While the blog is being made, and after: the folder no longer changes.
    void setLocked(bool locked);

    QLineEdit *parentEdit() const { return m_parent; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *pathLabel() const { return m_path; }
    InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    void changed();

private:
    void browse();
    void update();

    QWidget *m_page;
    QLineEdit *m_parent;
    QPushButton *m_browse;
    QLineEdit *m_name;
    QLabel *m_path;
    InlineMessage *m_message;
    bool m_nameEdited = false;
};

} // namespace Postwright
