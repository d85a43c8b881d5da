#include "FileDialogs.h"

#include <QFileDialog>
#include <QCoreApplication>
#include <QFileIconProvider>
#include <QMimeDatabase>
#include <optional>

namespace {
// Icons and types from the name alone: the default provider reads files whose name says nothing.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo& info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialogs", "Folder");
        const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeDatabase m_mimes;
};

NameOnlyIconProvider& iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

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

QString ask(QFileDialog& dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}
} // namespace

std::unique_ptr<QFileDialog> FileDialogs::create(QWidget* parent, const QString& caption, const QString& directory,
                                                 const QString& filter)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, directory, filter);
    // A native dialog would run its own sniffing in this process, beyond our reach.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(&iconProvider());
    return dialog;
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    return answer(nextSaveFileName(), [&] {
        auto dialog = create(parent, caption, QString(), filter);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->selectFile(suggested);
        return ask(*dialog);
    });
}

void FileDialogs::setNextSaveFileName(const QString& path)
{
    nextSaveFileName() = path;
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    return answer(nextOpenFileName(), [&] {
        auto dialog = create(parent, caption, directory, filter);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        return ask(*dialog);
    });
}

void FileDialogs::setNextOpenFileName(const QString& path)
{
    nextOpenFileName() = path;
}
