#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace {
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

bool Language::install(const QString& language)
{
    for (auto* slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    // English has a file of its own too: it carries the plural forms ("1 event", "2 events").
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/incident-console_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    if (language == QLatin1String("en"))
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

QString Language::fromArguments(int argc, char** argv)
{
    // Only to pick the language before the command line is parsed (its help is translated too).
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}
