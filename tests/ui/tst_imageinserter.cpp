#include "blog/postbundle.h"
#include "editor/alttextdialog.h"
#include "editor/imageinserter.h"
#include "editor/markdowneditor.h"
#include "testblog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

using namespace Postwright;
using namespace Qt::StringLiterals;
using Postwright::Test::TestBlog;

namespace {

QImage square(Qt::GlobalColor color)
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// The cursor at the end of the first occurrence of `marker`.
QTextCursor cursorAfter(QTextDocument &document, const QString &marker)
{
    QTextCursor cursor(&document);
    cursor.setPosition(int(document.toPlainText().indexOf(marker) + marker.size()));
    return cursor;
}

} // namespace

class TestImageInserter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pastedImageGoesIntoBundle();
    void droppedFilesEachGetAParagraph();
    void imageInBundleLinkedInPlace();
    void cancelLeavesNothing();
    void undoRemovesInsertion();
    void pasteIntoEditor();
    void notImages_data();
    void notImages();
    void bundleErrorReported();
    void failedCopyRemovesTheOthers();
    void convertsPostFileOnDemand();
    void suggestedAltText_data();
    void suggestedAltText();
    void dialogAsksWithSuggestion();

private:
    QTemporaryDir m_sources;
    // A blog with the bundle posts/trip/index.md, an inserter over it and what it was asked.
    std::unique_ptr<TestBlog> m_blog;
    std::unique_ptr<QWidget> m_window;
    ImageInserter *m_inserter = nullptr;
    QString m_bundle;
    QStringList m_askedFor;
    QStringList m_answers; // popped front to back; a null string cancels
    int m_bundleRequests = 0;
};

void TestImageInserter::init()
{
    m_blog = std::make_unique<TestBlog>();
    m_bundle = QFileInfo(m_blog->write(u"posts/trip/index.md"_s, "Text\n")).absolutePath();
    m_window = std::make_unique<QWidget>();
    m_inserter = new ImageInserter(m_window.get());
    m_askedFor.clear();
    m_answers.clear();
    m_bundleRequests = 0;
    m_inserter->setEnsureBundle([this]() -> Result<QString> {
        ++m_bundleRequests;
        return m_bundle;
    });
    m_inserter->setAltTextProvider([this](const QString &fileName) -> std::optional<QString> {
        m_askedFor.append(fileName);
        const QString answer =
            m_answers.isEmpty() ? AltTextDialog::suggestedAltText(fileName) : m_answers.takeFirst();
        return answer.isNull() ? std::nullopt : std::optional<QString>(answer);
    });
}

void TestImageInserter::pastedImageGoesIntoBundle()
{
    QTextDocument document(u"Before\nAfter"_s);
    QMimeData mime;
    mime.setImageData(square(Qt::red));
    m_answers = QStringList{u"A red [square]"_s};

    QVERIFY(m_inserter->handle(&mime, cursorAfter(document, u"Before"_s)));
    QCOMPARE(m_askedFor, QStringList{QString()});
    QCOMPARE(m_bundleRequests, 1);
    const QStringList files = filesIn(m_bundle);
    QCOMPARE(files.size(), 2);
    const QString image = files.at(0) == u"index.md" ? files.at(1) : files.at(0);
    QVERIFY2(QRegularExpression(u"^image-\\d{8}-\\d{6}\\.png$"_s).match(image).hasMatch(), qPrintable(image));
    QCOMPARE(document.toPlainText(), u"Before![A red \\[square\\]](%1)\nAfter"_s.arg(image));
    const QImage saved(QDir(m_bundle).filePath(image));
    QCOMPARE(saved.size(), QSize(4, 4));
    QCOMPARE(saved.pixelColor(1, 1), QColor(Qt::red));
}

void TestImageInserter::droppedFilesEachGetAParagraph()
{
    QTemporaryDir source;
    const QString sunset = source.filePath(u"Sunset Over the Bay.png"_s);
    const QString harbour = source.filePath(u"harbour.jpg"_s);
    QVERIFY(square(Qt::blue).save(sunset));
    QVERIFY(square(Qt::green).save(harbour, "JPEG"));
    QTextDocument document(u"abcdef"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sunset), QUrl::fromLocalFile(harbour)});

    QVERIFY(m_inserter->handle(&mime, cursorAfter(document, u"abc"_s)));
    QCOMPARE(m_askedFor, (QStringList{u"Sunset Over the Bay.png"_s, u"harbour.jpg"_s}));
    QCOMPARE(document.toPlainText(),
             u"abc\n\n![Sunset Over the Bay](sunset-over-the-bay.png)\n\n![harbour](harbour.jpg)\n\ndef"_s);
    QCOMPARE(filesIn(m_bundle), (QStringList{u"harbour.jpg"_s, u"index.md"_s, u"sunset-over-the-bay.png"_s}));
    QCOMPARE(readAll(QDir(m_bundle).filePath(u"harbour.jpg"_s)), readAll(harbour));
}

void TestImageInserter::imageInBundleLinkedInPlace()
{
    const QString existing = QDir(m_bundle).filePath(u"my photo.png"_s);
    QVERIFY(square(Qt::blue).save(existing));
    QTextDocument document;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(existing)});

    QVERIFY(m_inserter->handle(&mime, QTextCursor(&document)));
    QCOMPARE(document.toPlainText(), u"![my photo](<my photo.png>)"_s);
    QCOMPARE(filesIn(m_bundle), (QStringList{u"index.md"_s, u"my photo.png"_s}));
}

void TestImageInserter::cancelLeavesNothing()
{
    QTemporaryDir source;
    const QString first = source.filePath(u"first.png"_s);
    const QString second = source.filePath(u"second.png"_s);
    QVERIFY(square(Qt::blue).save(first));
    QVERIFY(square(Qt::blue).save(second));
    QTextDocument document(u"Text"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    m_answers = QStringList{u"First"_s, QString()}; // the second is cancelled
    const int undoSteps = document.availableUndoSteps();

    QVERIFY(m_inserter->handle(&mime, cursorAfter(document, u"Text"_s)));
    QCOMPARE(m_askedFor.size(), 2);
    QCOMPARE(document.toPlainText(), u"Text"_s);
    QCOMPARE(document.availableUndoSteps(), undoSteps);
    QCOMPARE(m_bundleRequests, 0); // a post file is not even turned into a bundle
    QCOMPARE(filesIn(m_bundle), QStringList{u"index.md"_s});
}

void TestImageInserter::undoRemovesInsertion()
{
    QTextDocument document;
    QTextCursor typing(&document);
    typing.insertText(u"Hello "_s);
    typing.insertText(u"world"_s);
    const int stepsBefore = document.availableUndoSteps();
    QMimeData mime;
    mime.setImageData(square(Qt::red));

    QVERIFY(m_inserter->handle(&mime, cursorAfter(document, u"Hello "_s)));
    QVERIFY(document.toPlainText().startsWith(u"Hello ![](image-"_s));
    QCOMPARE(document.availableUndoSteps(), stepsBefore + 1);
    document.undo();
    QCOMPARE(document.toPlainText(), u"Hello world"_s);
}

// Through the editor's hook, as the window wires it: paste, then one Undo.
void TestImageInserter::pasteIntoEditor()
{
    MarkdownEditor editor;
    editor.setMimeHandler(
        [this](const QMimeData *mime, QTextCursor cursor) { return m_inserter->handle(mime, cursor); });
    editor.loadText(u"Hello world"_s);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(6);
    editor.setTextCursor(cursor);
    auto *mime = new QMimeData;
    mime->setImageData(square(Qt::red));
    QApplication::clipboard()->setMimeData(mime);
    m_answers = QStringList{u"Red"_s};

    editor.paste();
    const QString image = filesIn(m_bundle).filter(u".png"_s).value(0);
    QVERIFY(!image.isEmpty());
    const QString inserted = u"![Red](%1)"_s.arg(image);
    QCOMPARE(editor.markdown(), u"Hello %1world"_s.arg(inserted));
    QCOMPARE(editor.textCursor().position(), 6 + inserted.size()); // typing goes on after the image
    editor.undo();
    QCOMPARE(editor.markdown(), u"Hello world"_s);
}

void TestImageInserter::notImages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");

    const QString textFile = m_sources.filePath(u"notes.txt"_s);
    QFile out(textFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("notes");
    out.close();
    QTest::newRow("plain text") << u"![x](a.png)"_s << QStringList();
    QTest::newRow("text file") << QString() << QStringList{QUrl::fromLocalFile(textFile).toString()};
    QTest::newRow("web image") << QString() << QStringList{u"https://example.org/a.png"_s};
    QTest::newRow("missing file") << QString()
                                  << QStringList{QUrl::fromLocalFile(u"/nonexistent/a.png"_s).toString()};
}

void TestImageInserter::notImages()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QMimeData mime;
    if (!text.isEmpty())
        mime.setText(text);
    QList<QUrl> list;
    for (const QString &url : std::as_const(urls))
        list.append(QUrl(url));
    if (!list.isEmpty())
        mime.setUrls(list);
    QTextDocument document;

    QVERIFY(!m_inserter->handle(&mime, QTextCursor(&document)));
    QVERIFY(m_askedFor.isEmpty());
    QCOMPARE(m_bundleRequests, 0);
    QVERIFY(document.isEmpty());
}

void TestImageInserter::bundleErrorReported()
{
    m_inserter->setEnsureBundle([]() -> Result<QString> {
        return SourceError{u"posts/trip.md"_s, 0, 0, u"\u201ctrip\u201d already exists"_s};
    });
    QSignalSpy errors(m_inserter, &ImageInserter::errorOccurred);
    QTextDocument document(u"Text"_s);
    QMimeData mime;
    mime.setImageData(square(Qt::red));

    QVERIFY(m_inserter->handle(&mime, QTextCursor(&document)));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), u"Could Not Add Image"_s);
    QVERIFY2(errors.at(0).at(1).toString().contains(u"posts/trip.md: \u201ctrip\u201d already exists"_s),
             qPrintable(errors.at(0).at(1).toString()));
    QCOMPARE(document.toPlainText(), u"Text"_s);
}

void TestImageInserter::failedCopyRemovesTheOthers()
{
    QTemporaryDir source;
    const QString good = source.filePath(u"good.png"_s);
    const QString fake = source.filePath(u"fake.png"_s);
    QVERIFY(square(Qt::blue).save(good));
    QFile out(fake);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("not an image");
    out.close();
    QSignalSpy errors(m_inserter, &ImageInserter::errorOccurred);
    QTextDocument document(u"Text"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(fake)});

    QVERIFY(m_inserter->handle(&mime, QTextCursor(&document)));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(1).toString().contains(u"not an image"_s));
    QCOMPARE(document.toPlainText(), u"Text"_s);
    QCOMPARE(filesIn(m_bundle), QStringList{u"index.md"_s});
}

// The window's side, as MainWindow does it: convert, apply the link edits to the open document,
// hand back the folder. The drop position moves with the edits before it.
void TestImageInserter::convertsPostFileOnDemand()
{
    m_blog->write(u"posts/images/old.png"_s, QByteArray());
    const QString text = u"---\ntitle: Walk\n---\n![old](images/old.png)\n\nThe end.\n"_s;
    QString postPath = m_blog->write(u"posts/walk.md"_s, text.toUtf8());
    QTextDocument document(text);
    m_inserter->setEnsureBundle([&]() -> Result<QString> {
        Result<BundleConversion> converted = PostBundle::convertToBundle(postPath, document.toPlainText());
        if (!converted)
            return converted.error();
        ImageInserter::applyEdits(&document, converted.value().edits);
        postPath = converted.value().newPath;
        return QFileInfo(postPath).absolutePath();
    });
    QMimeData mime;
    mime.setImageData(square(Qt::red));
    m_answers = QStringList{u"New"_s};

    QVERIFY(m_inserter->handle(&mime, cursorAfter(document, u"The end."_s)));
    QCOMPARE(postPath, m_blog->path(u"posts/walk/index.md"_s));
    const QStringList files = filesIn(m_blog->path(u"posts/walk"_s));
    QCOMPARE(files.size(), 2);
    QCOMPARE(document.toPlainText(),
             u"---\ntitle: Walk\n---\n![old](../images/old.png)\n\nThe end.![New](%1)\n"_s.arg(files.at(0)));
    // On disk: the converted text, without the image the editor has not saved yet.
    QCOMPARE(m_blog->read(u"posts/walk/index.md"_s),
             "---\ntitle: Walk\n---\n![old](../images/old.png)\n\nThe end.\n");
    document.undo();
    QCOMPARE(document.toPlainText(), u"---\ntitle: Walk\n---\n![old](../images/old.png)\n\nThe end.\n"_s);
}

void TestImageInserter::suggestedAltText_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dashes") << u"sunset-over-the-bay.jpg"_s << u"sunset over the bay"_s;
    QTest::newRow("underscores and capitals") << u"IMG_2041.JPG"_s << u"IMG 2041"_s;
    QTest::newRow("dots and a folder") << u"/home/ada/Pictures/cat.on.mat.png"_s << u"cat on mat"_s;
    QTest::newRow("pasted") << QString() << QString();
}

void TestImageInserter::suggestedAltText()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QCOMPARE(AltTextDialog::suggestedAltText(fileName), expected);
}

// Without a provider the inserter asks with the dialog, prefilled from the file name.
void TestImageInserter::dialogAsksWithSuggestion()
{
    auto *inserter = new ImageInserter(m_window.get());
    inserter->setEnsureBundle([this]() -> Result<QString> { return m_bundle; });
    QTemporaryDir source;
    const QString file = source.filePath(u"sunset-over-the-bay.png"_s);
    QVERIFY(square(Qt::blue).save(file));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QTextDocument document;

    QString prefilled;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<AltTextDialog *>();
        QVERIFY(dialog);
        auto *text = dialog->findChild<QLineEdit *>(u"altText.text"_s);
        QVERIFY(text);
        prefilled = text->text();
        text->setText(u"  Sunset,   over the bay "_s);
        dialog->accept();
    });
    QVERIFY(inserter->handle(&mime, QTextCursor(&document)));
    QCOMPARE(prefilled, u"sunset over the bay"_s);
    QCOMPARE(document.toPlainText(), u"![Sunset, over the bay](sunset-over-the-bay.png)"_s);
}

QTEST_MAIN(TestImageInserter)
#include "tst_imageinserter.moc"
