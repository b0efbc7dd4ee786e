#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Postwright {

namespace {

constexpr int kIdRole = Qt::UserRole;

// "&Open Blog…" -> "Open Blog"; "Q&&A" -> "Q&A".
QString plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                plain += u'&';
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    if (plain.endsWith(u'\u2026'))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts()) {
        if (!sequence.isEmpty())
            keys.append(sequence.toString(QKeySequence::NativeText));
    }
    keys.removeDuplicates();
    return keys.join(QStringLiteral(", "));
}

// Invisible actions take no shortcuts (Qt turns them off), so they are not listed.
bool hasShortcut(const QAction *action)
{
    return action->isVisible() && !action->isSeparator() && !shortcutText(action).isEmpty();
}

ShortcutsDialog::Entry entryFor(const QAction *action, const QString &group, const QString &prefix)
{
    return {group, prefix + plainText(action->text()), shortcutText(action), action->objectName(),
            action->statusTip()};
}

void collectMenu(const QMenu *menu, const QString &group, const QString &prefix,
                 QList<ShortcutsDialog::Entry> &entries, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (const QMenu *submenu = action->menu()) {
            collectMenu(submenu, group, prefix + plainText(submenu->title()) + QStringLiteral(" \u25b8 "),
                        entries, seen);
        } else if (hasShortcut(action) && !seen.contains(action)) {
            entries.append(entryFor(action, group, prefix));
            seen.insert(action);
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(
        tr("Filter by command or key, e.g. \u201csave\u201d or “Ctrl+Shift\u201d"));
    m_filter->setClearButtonEnabled(true);
    if (const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find")); !find.isNull())
        m_filter->addAction(find, QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Interactive);

    m_empty->setObjectName(QStringLiteral("shortcutsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyShortcuts"));
    copy->setToolTip(tr("Copy the shortcuts shown, to paste into a document or print"));
    connect(copy, &QPushButton::clicked, this, &ShortcutsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);

    fill(collect(window));
    m_filter->setFocus();
    resize(560, 640);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QMainWindow *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        if (const QMenu *menu = top->menu())
            collectMenu(menu, plainText(menu->title()), QString(), entries, seen);
    }
    // Commands that only have a shortcut: only the project's own (they have ids), not the
    // actions Qt's widgets make for themselves.
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->objectName().isEmpty() && !seen.contains(action) && hasShortcut(action)) {
            entries.append(entryFor(action, tr("Other"), QString()));
            seen.insert(action);
        }
    }
    return entries;
}

void ShortcutsDialog::fill(const QList<Entry> &entries)
{
    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            group->setFont(0, groupFont);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(group, {entry.command, entry.shortcut});
        item->setData(0, kIdRole, entry.id);
        item->setToolTip(0, entry.description.isEmpty() ? entry.command : entry.description);
    }
    m_list->expandAll();
    // Room after the longest shortcut, which would otherwise touch the scroll bar.
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(1, m_list->columnWidth(1) + fontMetrics().averageCharWidth() * 3);
}

void ShortcutsDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void ShortcutsDialog::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    int shown = 0;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shownInGroup = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString haystack = group->text(0) + u' ' + item->text(0) + u' ' + item->text(1) + u' ' +
                                     item->data(0, kIdRole).toString();
            const bool match = std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
                return haystack.contains(word, Qt::CaseInsensitive);
            });
            item->setHidden(!match);
            shownInGroup += match ? 1 : 0;
        }
        group->setHidden(shownInGroup == 0);
        shown += shownInGroup;
    }
    m_empty->setText(tr("No command matches \u201c%1\u201d.").arg(m_filter->text().trimmed()));
    m_empty->setVisible(shown == 0);
    m_list->setVisible(shown != 0);
}

QString ShortcutsDialog::visibleText() const
{
    QString text;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        if (group->isHidden())
            continue;
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + group->text(0) + u'\n';
        for (int i = 0; i < group->childCount(); ++i) {
            if (const QTreeWidgetItem *item = group->child(i); !item->isHidden())
                text += item->text(0) + u'\t' + item->text(1) + u'\n';
        }
    }
    return text;
}

QString ShortcutsDialog::visibleHtml() const
{
    QString html = QStringLiteral("<table>\n");
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        if (group->isHidden())
            continue;
        html += QStringLiteral("<tr><th colspan=\"2\" align=\"left\">%1</th></tr>\n")
                    .arg(group->text(0).toHtmlEscaped());
        for (int i = 0; i < group->childCount(); ++i) {
            if (const QTreeWidgetItem *item = group->child(i); !item->isHidden())
                html += QStringLiteral("<tr><td>%1</td><td><kbd>%2</kbd></td></tr>\n")
                            .arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</table>\n");
}

void ShortcutsDialog::copyToClipboard() const
{
    auto *data = new QMimeData;
    data->setText(visibleText());
    data->setHtml(visibleHtml());
    QApplication::clipboard()->setMimeData(data);
}

} // namespace Postwright
