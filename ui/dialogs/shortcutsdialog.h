#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace Postwright {

// Help → Keyboard Shortcuts: every command of a window that has a shortcut, grouped by the menu
// that holds it, read from the live QActions when the dialog opens, so the list is never stale
// and shows the translated names and the platform's own key names. A filter narrows it down.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;       // the menu's title without its mnemonic ("File"), or "Other"
        QString command;     // "Open Blog", "Appearance ▸ Dark" for a submenu's command
        QString shortcut;    // every key sequence, in native text ("Ctrl+O")
        QString id;          // the action's objectName ("file.openBlog")
        QString description; // its status tip, shown as the row's tool tip
    };

    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    // Menu-bar order, each menu's commands in menu order; commands in no menu come last.
    static QList<Entry> collect(const QMainWindow *window);

    void setFilter(const QString &text);
    QTreeWidget *list() const { return m_list; }
    // The rows the filter shows, as text (tab-separated) and as an HTML table, for the clipboard.
    QString visibleText() const;
    QString visibleHtml() const;

private:
    void fill(const QList<Entry> &entries);
    void applyFilter();
    void copyToClipboard() const;

    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_empty;
};

} // namespace Postwright
