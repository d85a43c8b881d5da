#include "Severity.h"

#include <QHash>

namespace {
struct Configured
{
    QString definition;
    int cadenceMinutes = 0;
};

QHash<int, Configured>& configured()
{
    static QHash<int, Configured> table;
    return table;
}
} // namespace

void SeverityInfo::configure(Severity severity, const QString& definition, int cadenceMinutes)
{
    configured().insert(static_cast<int>(severity), {definition, cadenceMinutes});
}

QString SeverityInfo::label(Severity severity)
{
    return QStringLiteral("SEV-%1").arg(static_cast<int>(severity));
}

QString SeverityInfo::definition(Severity severity)
{
    const QString fromTemplate = configured().value(static_cast<int>(severity)).definition;
    if (!fromTemplate.isEmpty())
        return fromTemplate;
    switch (severity) {
    case Severity::Sev1:
        return tr("Full outage or critical risk to data integrity");
    case Severity::Sev2:
        return tr("Major performance degradation affecting core functions");
    case Severity::Sev3:
        return tr("Partial failure with a workaround");
    }
    return {};
}

int SeverityInfo::updateCadenceMinutes(Severity severity)
{
    if (const int fromTemplate = configured().value(static_cast<int>(severity)).cadenceMinutes; fromTemplate > 0)
        return fromTemplate;
    switch (severity) {
    case Severity::Sev1:
        return 15;
    case Severity::Sev2:
        return 30;
    case Severity::Sev3:
        return 60;
    }
    return 60;
}

QColor SeverityInfo::color(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xC6, 0x28, 0x28);
    case Severity::Sev2:
        return QColor(0xEF, 0x6C, 0x00);
    case Severity::Sev3:
        return QColor(0xF9, 0xA8, 0x25);
    }
    return Qt::gray;
}

std::optional<Severity> SeverityInfo::fromNumber(int number)
{
    if (number < 1 || number > 3)
        return std::nullopt;
    return static_cast<Severity>(number);
}

std::optional<Severity> SeverityInfo::parse(const QString& text)
{
    QString t = text.trimmed().toUpper();
    t.remove(QLatin1String("SEV"));
    t.remove(QLatin1Char('-'));
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok ? fromNumber(n) : std::nullopt;
}
