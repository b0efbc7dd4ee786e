#include "publish/xmlrpc.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <QVariantMap>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

const QByteArray declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

// An answer with one value, as a server might write it: indented, with line breaks.
QByteArray answerWith(const QByteArray &valueXml)
{
    return "<?xml version=\"1.0\"?>\n<methodResponse>\n  <params>\n    <param>\n      " + valueXml +
           "\n    </param>\n  </params>\n</methodResponse>\n";
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// WordPress's (IXR's) way of writing a fault.
const QByteArray wordpressFault =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<methodResponse>\n"
    "  <fault>\n"
    "    <value>\n"
    "      <struct>\n"
    "        <member>\n"
    "          <name>faultCode</name>\n"
    "          <value><int>403</int></value>\n"
    "        </member>\n"
    "        <member>\n"
    "          <name>faultString</name>\n"
    "          <value><string>Incorrect username or password.</string></value>\n"
    "        </member>\n"
    "      </struct>\n"
    "    </value>\n"
    "  </fault>\n"
    "</methodResponse>\n";

} // namespace

class TestXmlRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeValue_data();
    void writeValue();
    void writeRequest();
    void readValue_data();
    void readValue();
    void readFault_data();
    void readFault();
    void malformed_data();
    void malformed();
};

void TestXmlRpc::writeValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("xml");       // the <value> as written
    QTest::addColumn<QVariant>("readBack"); // the value as read back from an answer with that <value>

    const QVariantMap nested{
        {u"title"_s, u"Hello"_s},
        {u"meta"_s, QVariantMap{{u"list"_s, QVariantList{1, u"two"_s}}, {u"on"_s, true}}}};
    const QByteArray binary("\x00\x01<&>\xff", 6);

    QTest::newRow("nil") << QVariant() << u"<value><nil/></value>"_s << QVariant();
    QTest::newRow("true") << QVariant(true) << u"<value><boolean>1</boolean></value>"_s << QVariant(true);
    QTest::newRow("false") << QVariant(false) << u"<value><boolean>0</boolean></value>"_s << QVariant(false);
    QTest::newRow("int") << QVariant(42) << u"<value><int>42</int></value>"_s << QVariant(42);
    QTest::newRow("negative int") << QVariant(-7) << u"<value><int>-7</int></value>"_s << QVariant(-7);
    QTest::newRow("small qint64") << QVariant(qint64(12)) << u"<value><int>12</int></value>"_s
                                  << QVariant(12);
    QTest::newRow("large qint64") << QVariant(qint64(5000000000)) << u"<value><i8>5000000000</i8></value>"_s
                                  << QVariant(qint64(5000000000));
    QTest::newRow("double") << QVariant(3.5) << u"<value><double>3.5</double></value>"_s << QVariant(3.5);
    QTest::newRow("small double, no exponent")
        << QVariant(-2e-7) << u"<value><double>-0.0000002</double></value>"_s << QVariant(-2e-7);
    QTest::newRow("double 0.1") << QVariant(0.1) << u"<value><double>0.1</double></value>"_s << QVariant(0.1);
    QTest::newRow("string") << QVariant(u"plain"_s) << u"<value><string>plain</string></value>"_s
                            << QVariant(u"plain"_s);
    QTest::newRow("string with markup")
        << QVariant(u"Tips & <b>tricks</b> \"quoted\""_s)
        << u"<value><string>Tips &amp; &lt;b&gt;tricks&lt;/b&gt; &quot;quoted&quot;</string></value>"_s
        << QVariant(u"Tips & <b>tricks</b> \"quoted\""_s);
    QTest::newRow("non-ASCII")
        << QVariant(u"Caf\u00e9 \u2615 \u65e5\u672c \U0001F600"_s)
        << u"<value><string>Caf\u00e9 \u2615 \u65e5\u672c \U0001F600</string></value>"_s
        << QVariant(u"Caf\u00e9 \u2615 \u65e5\u672c \U0001F600"_s);
    QTest::newRow("empty string") << QVariant(QString()) << u"<value><string></string></value>"_s
                                  << QVariant(QString());
    QTest::newRow("line breaks and tabs")
        << QVariant(u"a\n\tb"_s) << u"<value><string>a\n\tb</string></value>"_s << QVariant(u"a\n\tb"_s);
    QTest::newRow("control characters dropped")
        << QVariant(u"page\fbreak\u0001"_s) << u"<value><string>pagebreak</string></value>"_s
        << QVariant(u"pagebreak"_s);
    QTest::newRow("dateTime, UTC")
        << QVariant(utc(2026, 11, 23, 10, 0, 0))
        << u"<value><dateTime.iso8601>20261123T10:00:00</dateTime.iso8601></value>"_s
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime, offset becomes UTC")
        << QVariant(QDateTime(QDate(2026, 11, 23), QTime(12, 30, 5), QTimeZone(2 * 3600)))
        << u"<value><dateTime.iso8601>20261123T10:30:05</dateTime.iso8601></value>"_s
        << QVariant(utc(2026, 11, 23, 10, 30, 5));
    QTest::newRow("base64") << QVariant(binary)
                            << u"<value><base64>%1</base64></value>"_s.arg(
                                   QString::fromLatin1(binary.toBase64()))
                            << QVariant(binary);
    QTest::newRow("empty base64") << QVariant(QByteArray()) << u"<value><base64></base64></value>"_s
                                  << QVariant(QByteArray());
    QTest::newRow("array")
        << QVariant(QVariantList{1, u"two"_s, true, QVariant()})
        << u"<value><array><data><value><int>1</int></value><value><string>two</string></value>"
           "<value><boolean>1</boolean></value><value><nil/></value></data></array></value>"_s
        << QVariant(QVariantList{1, u"two"_s, true, QVariant()});
    QTest::newRow("empty array") << QVariant(QVariantList()) << u"<value><array><data/></array></value>"_s
                                 << QVariant(QVariantList());
    QTest::newRow("string list") << QVariant(QStringList{u"a"_s, u"b & c"_s})
                                 << u"<value><array><data><value><string>a</string></value>"
                                    "<value><string>b &amp; c</string></value></data></array></value>"_s
                                 << QVariant(QVariantList{u"a"_s, u"b & c"_s});
    QTest::newRow("nested struct, members by name")
        << QVariant(nested)
        << u"<value><struct><member><name>meta</name><value><struct><member><name>list</"
           u"name><value><array><data>"
           "<value><int>1</int></value><value><string>two</string></value></data></array></value></member>"
           "<member><name>on</name><value><boolean>1</boolean></value></member></struct></value></member>"
           "<member><name>title</name><value><string>Hello</string></value></member></struct></value>"_s
        << QVariant(nested);
    QTest::newRow("empty struct") << QVariant(QVariantMap()) << u"<value><struct/></value>"_s
                                  << QVariant(QVariantMap());
    QTest::newRow("struct with an empty string")
        << QVariant(QVariantMap{{u"excerpt"_s, QString()}})
        << u"<value><struct><member><name>excerpt</name><value><string></string></value></member></struct></value>"_s
        << QVariant(QVariantMap{{u"excerpt"_s, QString()}});
}

void TestXmlRpc::writeValue()
{
    QFETCH(QVariant, value);
    QFETCH(QString, xml);
    QFETCH(QVariant, readBack);

    const QByteArray request = XmlRpc::request(u"test.echo"_s, {value});
    const QByteArray expected = declaration +
                                "<methodCall><methodName>test.echo</methodName><params><param>" +
                                xml.toUtf8() + "</param></params></methodCall>";
    QCOMPARE(request.trimmed(), expected);

    const XmlRpcResponse answer = XmlRpc::parseResponse(XmlRpc::response(value));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(answer.value.typeId(), readBack.typeId());
    QCOMPARE(answer.value, readBack);

    // The same value as a server might indent it.
    const XmlRpcResponse indented = XmlRpc::parseResponse(answerWith(xml.toUtf8()));
    QVERIFY2(indented.ok(), qPrintable(indented.error));
    QCOMPARE(indented.value, readBack);
}

void TestXmlRpc::writeRequest()
{
    const QByteArray request =
        XmlRpc::request(u"metaWeblog.getPost"_s, {u"12"_s, u"pwadmin"_s, u"p<a>ss&word"_s});
    QCOMPARE(request.trimmed(), declaration +
                                    "<methodCall><methodName>metaWeblog.getPost</methodName><params>"
                                    "<param><value><string>12</string></value></param>"
                                    "<param><value><string>pwadmin</string></value></param>"
                                    "<param><value><string>p&lt;a&gt;ss&amp;word</string></value></param>"
                                    "</params></methodCall>");
    QCOMPARE(XmlRpc::request(u"system.listMethods"_s, {}).trimmed(),
             declaration + "<methodCall><methodName>system.listMethods</methodName><params/></methodCall>");
}

void TestXmlRpc::readValue_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("untyped string") << QByteArray("<value>plain text</value>") << QVariant(u"plain text"_s);
    QTest::newRow("untyped keeps spaces") << QByteArray("<value>  two  </value>") << QVariant(u"  two  "_s);
    QTest::newRow("untyped empty") << QByteArray("<value></value>") << QVariant(QString());
    QTest::newRow("untyped self-closing") << QByteArray("<value/>") << QVariant(QString());
    QTest::newRow("string self-closing") << QByteArray("<value><string/></value>") << QVariant(QString());
    QTest::newRow("typed among whitespace")
        << QByteArray("<value>\n  <string> a </string>\n</value>") << QVariant(u" a "_s);
    QTest::newRow("entities") << QByteArray(
                                     "<value><string>&lt;b&gt; &amp; &#233; &#x263A; &quot;</string></value>")
                              << QVariant(u"<b> & \u00e9 \u263a \""_s);
    QTest::newRow("CDATA") << QByteArray("<value><string><![CDATA[<p>raw & ready</p>]]></string></value>")
                           << QVariant(u"<p>raw & ready</p>"_s);
    QTest::newRow("UTF-8") << QByteArray("<value><string>Caf\xc3\xa9 \xe2\x98\x95</string></value>")
                           << QVariant(u"Caf\u00e9 \u2615"_s);
    QTest::newRow("i4") << QByteArray("<value><i4>-15</i4></value>") << QVariant(-15);
    QTest::newRow("int with spaces") << QByteArray("<value><int> 7 </int></value>") << QVariant(7);
    QTest::newRow("i8") << QByteArray("<value><i8>9007199254740993</i8></value>")
                        << QVariant(qint64(9007199254740993LL));
    QTest::newRow("boolean 1") << QByteArray("<value><boolean>1</boolean></value>") << QVariant(true);
    QTest::newRow("boolean 0") << QByteArray("<value><boolean>0</boolean></value>") << QVariant(false);
    QTest::newRow("double") << QByteArray("<value><double>-1.25</double></value>") << QVariant(-1.25);
    QTest::newRow("dateTime classic")
        << QByteArray("<value><dateTime.iso8601>20261123T10:00:00</dateTime.iso8601></value>")
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime extended, Z")
        << QByteArray("<value><dateTime.iso8601>2026-11-23T10:00:00Z</dateTime.iso8601></value>")
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime extended, no zone is UTC")
        << QByteArray("<value><dateTime.iso8601>2026-11-23T10:00:00</dateTime.iso8601></value>")
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime with offset")
        << QByteArray("<value><dateTime.iso8601>2026-11-23T12:00:00+02:00</dateTime.iso8601></value>")
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime classic with Z and negative offset")
        << QByteArray("<value><dateTime.iso8601>20261123T05:00:00-0500</dateTime.iso8601></value>")
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime without colons")
        << QByteArray("<value><dateTime.iso8601>20261123T100000Z</dateTime.iso8601></value>")
        << QVariant(utc(2026, 11, 23, 10, 0, 0));
    QTest::newRow("dateTime, WordPress's no date")
        << QByteArray("<value><dateTime.iso8601>00000000T00:00:00</dateTime.iso8601></value>")
        << QVariant(QDateTime());
    QTest::newRow("base64 with line breaks")
        << QByteArray("<value><base64>SGVsbG8s\nIHdvcmxk\r\nIQ==</base64></value>")
        << QVariant(QByteArray("Hello, world!"));
    QTest::newRow("nil") << QByteArray("<value><nil/></value>") << QVariant();
    QTest::newRow("struct, empty string member")
        << QByteArray(
               "<value><struct><member><name>mt_excerpt</name><value><string></string></value></member>"
               "</struct></value>")
        << QVariant(QVariantMap{{u"mt_excerpt"_s, QString()}});
    QTest::newRow("struct, member missing")
        << QByteArray("<value><struct></struct></value>") << QVariant(QVariantMap());
    QTest::newRow("struct, value before name")
        << QByteArray(
               "<value><struct><member><value><int>1</int></value><name>one</name></member></struct></value>")
        << QVariant(QVariantMap{{u"one"_s, 1}});
    QTest::newRow("struct, indented and nested")
        << QByteArray(
               "<value>\n <struct>\n  <member>\n   <name>categories</name>\n   <value>\n    <array>\n     "
               "<data>\n"
               "      <value><string>Travel</string></value>\n      <value>Notes</value>\n     </data>\n"
               "    </array>\n   </value>\n  </member>\n  <member>\n   <name>postid</name>\n"
               "   <value><string>17</string></value>\n  </member>\n </struct>\n</value>")
        << QVariant(
               QVariantMap{{u"categories"_s, QVariantList{u"Travel"_s, u"Notes"_s}}, {u"postid"_s, u"17"_s}});
    QTest::newRow("array of structs")
        << QByteArray(
               "<value><array><data><value><struct><member><name>a</name><value><i4>1</i4></value></member>"
               "</struct></value><value><struct/></value></data></array></value>")
        << QVariant(QVariantList{QVariantMap{{u"a"_s, 1}}, QVariantMap()});
    QTest::newRow("empty array") << QByteArray("<value><array><data/></array></value>")
                                 << QVariant(QVariantList());
}

void TestXmlRpc::readValue()
{
    QFETCH(QByteArray, xml);
    QFETCH(QVariant, expected);
    const XmlRpcResponse answer = XmlRpc::parseResponse(answerWith(xml));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QVERIFY(!answer.fault);
    QCOMPARE(answer.value.typeId(), expected.typeId());
    QCOMPARE(answer.value, expected);
}

void TestXmlRpc::readFault_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("string");

    QTest::newRow("WordPress, indented") << wordpressFault << 403 << u"Incorrect username or password."_s;
    QTest::newRow("written by faultResponse")
        << XmlRpc::faultResponse({404, u"Invalid post ID."_s}) << 404 << u"Invalid post ID."_s;
    QTest::newRow("i4 code, untyped string")
        << QByteArray("<methodResponse><fault><value><struct><member><name>faultString</name><value>No &amp; "
                      "way</value></member><member><name>faultCode</name><value><i4>-32601</i4></value>"
                      "</member></struct></value></fault></methodResponse>")
        << -32601 << u"No & way"_s;
}

void TestXmlRpc::readFault()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, string);
    const XmlRpcResponse answer = XmlRpc::parseResponse(body);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(!answer.ok());
    QVERIFY(answer.fault);
    QCOMPARE(answer.fault->code, code);
    QCOMPARE(answer.fault->string, string);
}

void TestXmlRpc::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // a part of the error

    const QByteArray good = answerWith("<value><struct><member><name>postid</name><value><string>17</string>"
                                       "</value></member></struct></value>");
    const auto withValue = [](const QByteArray &value) -> QByteArray {
        return "<methodResponse><params><param>" + value + "</param></params></methodResponse>";
    };

    QTest::newRow("empty") << QByteArray() << u"empty answer"_s;
    QTest::newRow("blank") << QByteArray(" \n ") << u"empty answer"_s;
    QTest::newRow("plain text") << QByteArray("Service unavailable") << u"not XML"_s;
    QTest::newRow("HTML page") << QByteArray(
                                      "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Blog</title></head>"
                                      "<body><p>Hello<br></body></html>")
                               << u"web page"_s;
    QTest::newRow("XHTML page, well-formed") << QByteArray("<html><body><p>Error establishing a database "
                                                           "connection</p></body></html>")
                                             << u"web page"_s;
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"ends too early"_s;
    QTest::newRow("truncated after the value") << good.left(good.indexOf("</params>")) << u"ends too early"_s;
    QTest::newRow("a request, not an answer")
        << XmlRpc::request(u"x"_s, {1}) << u"<methodCall> where <methodResponse> belongs"_s;
    QTest::newRow("neither params nor fault")
        << QByteArray("<methodResponse></methodResponse>") << u"neither <params> nor <fault>"_s;
    QTest::newRow("something else in the answer") << QByteArray("<methodResponse><result/></methodResponse>")
                                                  << u"<result> where <params> or <fault> belongs"_s;
    QTest::newRow("unknown type") << withValue("<value><float>1.5</float></value>")
                                  << u"unknown type <float>"_s;
    QTest::newRow("not an int") << withValue("<value><int>abc</int></value>") << u"not a valid <int>"_s;
    QTest::newRow("int beyond 32 bits")
        << withValue("<value><int>99999999999</int></value>") << u"not a valid <int>"_s;
    QTest::newRow("not a boolean") << withValue("<value><boolean>yes</boolean></value>")
                                   << u"not a valid <boolean>"_s;
    QTest::newRow("not a double") << withValue("<value><double>1,5</double></value>")
                                  << u"not a valid <double>"_s;
    QTest::newRow("not a date") << withValue("<value><dateTime.iso8601>yesterday</dateTime.iso8601></value>")
                                << u"not a valid <dateTime.iso8601>"_s;
    QTest::newRow("month 13") << withValue(
                                     "<value><dateTime.iso8601>20261323T10:00:00</dateTime.iso8601></value>")
                              << u"not a valid <dateTime.iso8601>"_s;
    QTest::newRow("not base64") << withValue("<value><base64>!!not base64!!</base64></value>")
                                << u"not a valid <base64>"_s;
    QTest::newRow("member without value")
        << withValue("<value><struct><member><name>a</name></member></struct></value>")
        << u"without a <name> and a <value>"_s;
    QTest::newRow("stray element in struct")
        << withValue("<value><struct><name>a</name></struct></value>") << u"<name> in a <struct>"_s;
    QTest::newRow("array without data")
        << withValue("<value><array><value>1</value></array></value>") << u"<array> without <data>"_s;
    QTest::newRow("two values in one")
        << withValue("<value><int>1</int><int>2</int></value>") << u"two values in one <value>"_s;
    QTest::newRow("text beside a typed value")
        << withValue("<value>x<int>1</int></value>") << u"text beside a typed value"_s;
    QTest::newRow("element in a string")
        << withValue("<value><string>a<b>bold</b></string></value>") << u"not XML"_s;
    QTest::newRow("two params")
        << QByteArray("<methodResponse><params><param><value>1</value></param><param><value>2"
                      "</value></param></params></methodResponse>")
        << u"more than one <param>"_s;
    QTest::newRow("fault without code")
        << QByteArray("<methodResponse><fault><value><struct><member><name>faultString</name><value>x</value>"
                      "</member></struct></value></fault></methodResponse>")
        << u"without faultCode and faultString"_s;
    QTest::newRow("fault not a struct")
        << QByteArray("<methodResponse><fault><value>oops</value></fault></methodResponse>")
        << u"without faultCode and faultString"_s;
    QTest::newRow("content after the answer")
        << QByteArray(withValue("<value>1</value>") + "<extra/>") << u"not XML"_s;
    QTest::newRow("undeclared entity") << withValue("<value>caf&eacute;</value>") << u"not XML"_s;
}

void TestXmlRpc::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const XmlRpcResponse answer = XmlRpc::parseResponse(body);
    QVERIFY(!answer.ok());
    QVERIFY(!answer.fault);
    QVERIFY2(answer.error.contains(error), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(TestXmlRpc)
#include "tst_xmlrpc.moc"
