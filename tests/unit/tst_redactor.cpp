#include "Redactor.h"

#include <QTest>
#include <QUrl>

namespace {
const QByteArray Secret = "p@ss/Zq7Xw9+Kp\"3Vt~canary";

// Every piece of `form` of 6 characters or more, in any letter case.
bool leaks(const QString& text, const QByteArray& form)
{
    for (int i = 0; i + 6 <= form.size(); ++i)
        if (text.contains(QString::fromUtf8(form.mid(i, 6)), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

class TestRedactor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEncodingInAnyCase_data()
    {
        QTest::addColumn<QByteArray>("echoed");
        QTest::addColumn<QByteArray>("form"); // what must not survive
        QTest::newRow("as written") << Secret << Secret;
        QTest::newRow("upper case") << Secret.toUpper() << Secret;
        QTest::newRow("lower case") << Secret.toLower() << Secret;
        const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(Secret));
        QTest::newRow("URL-encoded") << percent << percent;
        QTest::newRow("URL-encoded, lower-case escapes") << percent.toLower() << percent;
        QTest::newRow("hex") << Secret.toHex() << Secret.toHex();
        QTest::newRow("HEX") << Secret.toHex().toUpper() << Secret.toHex();
        QTest::newRow("base64") << Secret.toBase64() << Secret.toBase64();
        QTest::newRow("base64url") << Secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   << Secret.toBase64(QByteArray::Base64UrlEncoding);
        QTest::newRow("base64, upper-cased") << Secret.toBase64().toUpper() << Secret.toBase64();
        QTest::newRow("JSON-escaped") << QByteArray(Secret).replace("\"", "\\\"") << QByteArray(Secret).replace("\"", "\\\"");
        // Inside a longer encoded text, at each of base64's three alignments.
        for (const QByteArray& before : {QByteArray("ops:"), QByteArray("Bearer "), QByteArray("x")}) {
            const QByteArray encoded = (before + Secret + "#tail").toBase64();
            const int from = static_cast<int>((before.size() * 8 + 5) / 6) + 1;
            const int to = static_cast<int>((before.size() + Secret.size()) * 8 / 6) - 1;
            QTest::addRow("base64 of %s<secret>", before.constData()) << encoded << encoded.mid(from, to - from);
        }
    }
    void everyEncodingInAnyCase()
    {
        QFETCH(QByteArray, echoed);
        QFETCH(QByteArray, form);
        Redactor redactor;
        redactor.addSecret(Secret);
        const QString text = QStringLiteral("{\"seen\":\"%1\"} and more").arg(QString::fromUtf8(echoed));
        const QString masked = redactor.redact(text);
        QVERIFY2(!leaks(masked, form), qPrintable(masked));
        QVERIFY(masked.contains(QString::fromUtf8(Redactor::Mask)));
        QVERIFY(masked.endsWith(QStringLiteral("\"} and more")));
        QCOMPARE(QString::fromUtf8(redactor.redact(text.toUtf8())), masked);
    }

    void largeTextsAreSearchedAcrossWindows_data()
    {
        QTest::addColumn<int>("at");
        for (int at : {0, 1024 * 1024 - 5, 1024 * 1024, 3 * 1024 * 1024 - 1})
            QTest::addRow("at %d", at) << at;
    }
    void largeTextsAreSearchedAcrossWindows()
    {
        QFETCH(int, at);
        Redactor redactor;
        redactor.addSecret(Secret);
        const QByteArray text = QByteArray(at, '.') + Secret.toUpper() + QByteArray(100, '.');
        const QByteArray masked = redactor.redact(text);
        QCOMPARE(masked, QByteArray(at, '.') + Redactor::Mask + QByteArray(100, '.'));
    }

    void ordinaryTextIsLeftAlone()
    {
        Redactor redactor;
        redactor.addSecret(Secret);
        const QString text = QStringLiteral("HTTP 200 in 12 ms · answer: {\"rate\": 12.5, \"top_users\": [\"u1\", \"u2\"]}");
        QCOMPARE(redactor.redact(text), text);
        QCOMPARE(redactor.excerpt(text, 30), text.left(30));
    }

    void aPieceAtTheCutIsMasked_data()
    {
        QTest::addColumn<int>("into"); // characters of the encoding before the cut
        for (int into : {4, 5, 9, 17, 30})
            QTest::addRow("%d characters in", into) << into;
    }
    void aPieceAtTheCutIsMasked()
    {
        QFETCH(int, into);
        const QByteArray credential = "ops:" + Secret;
        Redactor redactor;
        redactor.addSecret(credential);
        const QString lead = QStringLiteral("{\"pad\":\"....\",\"seen\":\"");
        const QString text = lead + QString::fromLatin1(credential.toBase64()) + QStringLiteral("\"}");
        const QString cut = redactor.excerpt(text, static_cast<int>(lead.size()) + into);
        QVERIFY2(!leaks(cut, credential.toBase64().left(into)), qPrintable(cut));
        QVERIFY2(cut.startsWith(lead + QString::fromUtf8(Redactor::Mask)), qPrintable(cut)); // masked whole, then cut
        // Where the text itself ends inside the encoding (a truncated answer), the piece is masked.
        const QString truncated = redactor.excerpt(lead + QString::fromLatin1(credential.toBase64().left(into)), 1000);
        QVERIFY2(!leaks(truncated, credential.toBase64()), qPrintable(truncated));
        QCOMPARE(truncated, lead + QString::fromUtf8(Redactor::Mask));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
