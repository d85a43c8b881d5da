#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace {
// Searched form: ASCII lower case, and the base64url alphabet folded onto the standard one.
QByteArray folded(QByteArray text)
{
    text = text.toLower();
    for (char& c : text) {
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
    }
    return text;
}

// The characters of base64(prefix + value) that depend on the value alone, for each of the three
// alignments it can have inside a longer encoded text ("ops:<token>", "Bearer <token>", ...).
QList<QByteArray> alignedBase64(const QByteArray& value)
{
    QList<QByteArray> forms;
    for (int pad = 1; pad < 3; ++pad) {
        const QByteArray encoded = (QByteArray(pad, '\0') + value).toBase64(QByteArray::OmitTrailingEquals);
        const int first = (pad * 8 + 5) / 6;               // the first character with no padding bit in it
        const int last = static_cast<int>((pad + value.size()) * 8 / 6); // past the last whole character
        if (last - first >= 6)                              // shorter pieces would mask ordinary words
            forms << encoded.mid(first, last - first);
    }
    const QByteArray plain = value.toBase64(QByteArray::OmitTrailingEquals);
    forms << plain.left(value.size() * 8 / 6) << plain << value.toBase64();
    return forms;
}

bool isBase64Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
           c == '-' || c == '_';
}

QByteArray jsonEscaped(const QByteArray& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{QString::fromUtf8(value)}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4); // ["..."]
}
} // namespace

void Redactor::addSecret(const QByteArray& value)
{
    // Short values would mask ordinary words; real tokens are longer.
    if (value.size() < 4)
        return;
    auto add = [this](const QByteArray& form, bool base64) {
        const QByteArray text = folded(form);
        const bool known = std::any_of(m_needles.cbegin(), m_needles.cend(), [&](const Needle& n) { return n.text == text; });
        if (text.size() >= MinFragment && !known)
            m_needles.append({text, base64});
    };
    for (const QByteArray& form : {value, QUrl::toPercentEncoding(QString::fromUtf8(value)), value.toHex(), jsonEscaped(value)})
        add(form, false);
    for (const QByteArray& form : alignedBase64(value))
        add(form, true);
    // Longest first, so the trailing-piece check prefers the most telling form.
    std::sort(m_needles.begin(), m_needles.end(), [](const Needle& a, const Needle& b) { return a.text.size() > b.text.size(); });
}

QByteArray Redactor::redact(QByteArray text) const
{
    if (m_needles.isEmpty() || text.isEmpty())
        return text;
    // Every occurrence of every form, then overlapping ones merged: a value is masked whole. Searched
    // a window at a time (overlapping by a needle), so a 64 MiB answer is not copied whole to fold it.
    constexpr qsizetype Window = 1024 * 1024;
    const qsizetype overlap = m_needles.first().text.size() - 1; // longest first
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (qsizetype from = 0; from < text.size(); from += Window) {
        const QByteArray haystack = folded(text.mid(from, Window + overlap));
        for (const Needle& needle : m_needles) {
            for (qsizetype at = haystack.indexOf(needle.text); at >= 0 && at < Window;) {
                qsizetype start = from + at;
                qsizetype end = start + needle.text.size();
                // A secret inside a longer encoded text ("ops:<token>" encoded) takes the whole word with
                // it: its neighbours carry bits of it, and the rest says whose credential it was.
                while (needle.base64 && start > 0 && isBase64Char(text.at(start - 1)))
                    --start;
                while (needle.base64 && end < text.size() && (isBase64Char(text.at(end)) || text.at(end) == '='))
                    ++end;
                spans.append({start, end});
                // Past the word just masked: a word full of copies is walked once, not once per copy.
                at = haystack.indexOf(needle.text, std::max(at + 1, end - from));
            }
        }
    }
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end());
    QByteArray out;
    out.reserve(text.size());
    qsizetype done = 0;
    for (qsizetype i = 0; i < spans.size();) {
        const qsizetype start = spans.at(i).first;
        qsizetype end = spans.at(i).second;
        while (++i < spans.size() && spans.at(i).first <= end)
            end = std::max(end, spans.at(i).second);
        out += QByteArrayView(text).sliced(done, start - done);
        out += Mask;
        done = end;
    }
    out += QByteArrayView(text).sliced(done);
    return out;
}

QString Redactor::redact(const QString& text) const
{
    if (m_needles.isEmpty())
        return text;
    return QString::fromUtf8(redact(text.toUtf8()));
}

QString Redactor::excerpt(const QString& text, int length) const
{
    const QString masked = redact(text).left(length);
    if (m_needles.isEmpty())
        return masked;
    QByteArray utf8 = masked.toUtf8();
    const QByteArray haystack = folded(utf8);
    // The longest piece at the end that any form starts with; pieces shorter than MinFragment say nothing.
    qsizetype piece = 0;
    for (const Needle& needle : m_needles) {
        for (qsizetype n = std::min(needle.text.size() - 1, haystack.size()); n >= MinFragment && n > piece; --n) {
            if (haystack.endsWith(QByteArrayView(needle.text).first(n))) {
                piece = n;
                break;
            }
        }
    }
    if (piece == 0)
        return masked;
    utf8.chop(piece);
    return QString::fromUtf8(utf8 + Mask);
}
