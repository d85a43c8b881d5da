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

// The queued answer if a test left one, else what the person picks.
template <typename Ask>
QString answer(std::optional<QString>& queued, Ask ask)
{
    if (queued) {
        const QString path = *queued;
        queued.reset();
        return path;
    }
    return ask();
}
} // namespace

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    return answer(nextSaveFileName(), [&] { return QFileDialog::getSaveFileName(parent, caption, suggested, filter); });
}

void FileDialogs::setNextSaveFileName(const QString& path)
{
    nextSaveFileName() = path;
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    return answer(nextOpenFileName(), [&] { return QFileDialog::getOpenFileName(parent, caption, directory, filter); });
}

void FileDialogs::setNextOpenFileName(const QString& path)
{
    nextOpenFileName() = path;
}
