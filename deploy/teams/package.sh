#!/usr/bin/env bash
# Builds the Teams app package (manifest.json, its English localization en-US.json, icons, zipped) to upload in Teams or the Teams admin center.
#   MICROSOFT_APP_ID=<the Azure Bot's app id> HR_ASSISTANT_PUBLIC_URL=https://hr-assistent.example.org \
#     deploy/teams/package.sh            -> deploy/teams/target/hr-assistant-teams.zip
# TEAMS_APP_ID (the app's own id in Teams) defaults to the bot's app id, as Microsoft's samples do.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${MICROSOFT_APP_ID:?Set MICROSOFT_APP_ID to the Azure Bot registration's app id}"
: "${HR_ASSISTANT_PUBLIC_URL:?Set HR_ASSISTANT_PUBLIC_URL to the service's public https:// address}"
TEAMS_APP_ID="${TEAMS_APP_ID:-$MICROSOFT_APP_ID}"
public_url="${HR_ASSISTANT_PUBLIC_URL%/}"
public_host="${public_url#https://}"
public_host="${public_host%%/*}"
uuid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$MICROSOFT_APP_ID" =~ $uuid ]] || { echo "MICROSOFT_APP_ID must be a GUID, not '$MICROSOFT_APP_ID'" >&2; exit 2; }
[[ "$TEAMS_APP_ID" =~ $uuid ]] || { echo "TEAMS_APP_ID must be a GUID, not '$TEAMS_APP_ID'" >&2; exit 2; }
[[ "$public_url" == https://* ]] || { echo "HR_ASSISTANT_PUBLIC_URL must start with https://" >&2; exit 2; }

work="$here/target/package"
rm -rf "$work" && mkdir -p "$work"
sed -e "s|\${{TEAMS_APP_ID}}|$TEAMS_APP_ID|g" -e "s|\${{MICROSOFT_APP_ID}}|$MICROSOFT_APP_ID|g" \
    -e "s|\${{HR_ASSISTANT_PUBLIC_URL}}|$public_url|g" -e "s|\${{HR_ASSISTANT_PUBLIC_HOST}}|$public_host|g" \
    "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$here/en-US.json" "$work/"
rm -f "$here/target/hr-assistant-teams.zip"
(cd "$work" && jar --create --no-manifest --file "$here/target/hr-assistant-teams.zip" manifest.json en-US.json color.png outline.png)
echo "$here/target/hr-assistant-teams.zip"
