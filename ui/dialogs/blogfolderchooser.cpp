#include "dialogs/blogfolderchooser.h"

#include "dialogs/inlinemessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postwright {

namespace {

// BlogCreator::create() refuses these folders with exactly these words; checking before Finish
// shows them while the writer still chooses (tst_newblogwizard compares the two texts).
QString blogCreatorText(const char *text)
{
    return QCoreApplication::translate("Postwright::BlogCreator", text);
}

} // namespace

BlogFolderChooser::BlogFolderChooser(QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_parent(new QLineEdit(page))
    , m_browse(new QPushButton(tr("Bro&wse\u2026"), page))
    , m_name(new QLineEdit(page))
    , m_path(new QLabel(page))
    , m_message(new InlineMessage(QStringLiteral("folderMessage"), page))
{
    m_parent->setObjectName(QStringLiteral("parentFolder"));
    m_parent->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseParentFolder"));
    m_browse->setAutoDefault(false);
    m_name->setObjectName(QStringLiteral("folderName"));
    m_name->setPlaceholderText(tr("my-blog"));
    m_path->setObjectName(QStringLiteral("folderPath"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);

    connect(m_browse, &QPushButton::clicked, this, &BlogFolderChooser::browse);
    connect(m_parent, &QLineEdit::textChanged, this, &BlogFolderChooser::update);
    connect(m_name, &QLineEdit::textChanged, this, &BlogFolderChooser::update);
    // Typed by the writer (not set from the title): from now on the name is theirs, unless they
    // clear it, which hands it back to the title.
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_nameEdited = !text.trimmed().isEmpty(); });
    update();
}

void BlogFolderChooser::addRows(QFormLayout *form)
{
    auto *parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parent, 1);
    parentRow->addWidget(m_browse);
    form->addRow(tr("Parent f&older:"), parentRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(parentRow)))
        label->setBuddy(m_parent);

    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_path);
    nameColumn->addWidget(m_message);
    form->addRow(tr("Folder na&me:"), nameColumn);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(nameColumn)))
        label->setBuddy(m_name);
}

QString BlogFolderChooser::parentFolder() const
{
    const QString text = m_parent->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void BlogFolderChooser::setParentFolder(const QString &folder)
{
    m_parent->setText(QDir::toNativeSeparators(folder));
}

void BlogFolderChooser::suggestName(const QString &name)
{
    if (!m_nameEdited)
        m_name->setText(name);
}

QString BlogFolderChooser::path() const
{
    const QString parent = parentFolder();
    const QString name = m_name->text().trimmed();
    if (parent.isEmpty() || name.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(QDir(parent).filePath(name)).absoluteFilePath());
}

QString BlogFolderChooser::problem() const
{
    const QString parent = parentFolder();
    if (parent.isEmpty())
        return tr("Choose the folder the blog's folder goes into.");
    if (!QFileInfo(parent).isDir())
        return tr("There is no folder %1.").arg(QDir::toNativeSeparators(parent));
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("The blog's folder needs a name.");
    if (name.contains(u'/') || name.contains(u'\\') || name == u"." || name == u"..")
        return tr("A folder name cannot contain / or \\, or be . or ..");
    const QFileInfo target(path());
    if (target.exists() && !target.isDir())
        return blogCreatorText("This is a file, not a folder.");
    if (target.isDir() && !QDir(target.absoluteFilePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        return blogCreatorText("The folder is not empty: a new blog needs an empty or new folder.");
    return {};
}

void BlogFolderChooser::setLocked(bool locked)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_parent), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_name)})
        widget->setEnabled(!locked);
}

void BlogFolderChooser::browse()
{
    const QString start = QFileInfo(parentFolder()).isDir() ? parentFolder() : QDir::homePath();
    const QString folder =
        QFileDialog::getExistingDirectory(m_page, tr("Choose Where the Blog's Folder Goes"), start);
    if (!folder.isEmpty())
        setParentFolder(folder);
}

void BlogFolderChooser::update()
{
    const QString target = path();
    const bool exists = !target.isEmpty() && QFileInfo(target).isDir();
    m_path->setText(
        target.isEmpty() ? QString()
        : exists ? tr("The blog goes into the existing folder %1").arg(QDir::toNativeSeparators(target))
                 : tr("The blog goes into the new folder %1").arg(QDir::toNativeSeparators(target)));
    m_path->setVisible(!target.isEmpty());
    // A parent or name not typed yet is no error to point at: the page's buttons say enough.
    const bool quiet = m_parent->text().trimmed().isEmpty() ||
                       (m_name->text().trimmed().isEmpty() && QFileInfo(parentFolder()).isDir());
    const QString problem = this->problem();
    if (!quiet && !problem.isEmpty())
        m_message->show(InlineMessage::Kind::Error, problem);
    else
        m_message->clear();
    Q_EMIT changed();
}

} // namespace Postwright
