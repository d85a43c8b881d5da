#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Removes secret values from text before it is shown, logged or stored: as written, URL-encoded, hex,
// JSON-escaped and base64 (also inside a longer base64 text, at any alignment), all matched without
// regard to letter case, so an upper-cased or lower-cased echo is masked too.
class Redactor
{
public:
    static constexpr const char* Mask = "••••";
    static constexpr int MinFragment = 4; // a shorter piece of an encoding at a cut says nothing

    void addSecret(const QByteArray& value);
    void addSecret(const QString& value) { addSecret(value.toUtf8()); }
    bool isEmpty() const { return m_needles.isEmpty(); }

    QByteArray redact(QByteArray text) const;
    QString redact(const QString& text) const;
    // At most `length` characters of the masked text; a piece at the end that begins a secret's form
    // (the text or the cut ended inside it) is masked as well.
    QString excerpt(const QString& text, int length) const;

private:
    struct Needle
    {
        QByteArray text; // in the folded form the text is searched in
        bool base64 = false;
    };
    QList<Needle> m_needles;
};
