#include "FileDialogs.h"

#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString>& nextSaveFileName()
{
    static std::optional<QString> next;
    return next;
}

std::optional<QString>& nextOpenFileName()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (auto& next = nextSaveFileName()) {
        const QString path = *next;
        next.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialogs::setNextSaveFileName(const QString& path)
{
    nextSaveFileName() = path;
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    if (auto& next = nextOpenFileName()) {
        const QString path = *next;
        next.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileDialogs::setNextOpenFileName(const QString& path)
{
    nextOpenFileName() = path;
}
