#include "AlertmanagerSources.h"

#include "network/AlertmanagerClient.h"

AlertmanagerSource AlertmanagerSources::resolve(const QString& commandLineUrl, const DashboardProfile& profile,
                                                const QString& settingsUrl, QString* error)
{
    AlertmanagerSource source = profile.alertmanager;
    const QString url = !commandLineUrl.isEmpty() ? commandLineUrl : source.isSet() ? QString() : settingsUrl;
    if (url.isEmpty())
        return source;
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || !parsed.scheme().startsWith(QLatin1String("http")) || parsed.host().isEmpty()) {
        *error = tr("\"%1\" is not an Alertmanager URL: give its web address, e.g. http://alertmanager:9093.").arg(url);
        return {};
    }
    return AlertmanagerClient::withUrl(source, parsed); // the profile's token goes only to the profile's Alertmanager
}
