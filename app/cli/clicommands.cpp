#include "clicommands.h"

QList<CliCommand> allCliCommands()
{
    return {initCommand(), infoCommand(), billingCommand(), subscriptionCommand(), importCommand(), reportCommand(), financesCommand(), routeCommand()};
}
