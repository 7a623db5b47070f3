#!/usr/bin/env bash
# Builds a self-contained BranchDesk application image with jpackage (JDK 17+):
# the JavaFX modules go on the module path, everything else stays on the class path.
#   installer/build-app-image.sh            -> target/installer/BranchDesk/
#   installer/build-app-image.sh msi        -> on Windows with WiX 3.x: an MSI installer
# Run `mvn -DskipTests package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
out=target/installer
rm -rf "$out" target/installer-input target/installer-fx
mkdir -p "$out" target/installer-input target/installer-fx
cp target/branchdesk.jar target/installer-input/
# the CJK font for PDFs on a machine without Chinese system fonts (found beside the jar)
cp -r target/fonts target/installer-input/fonts
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-*.jar) cp "$jar" target/installer-fx/ ;;   # platform jars: module path
    javafx-*.jar) ;;                                     # empty API stubs: not needed
    *) cp "$jar" target/installer-input/ ;;
  esac
done
args=(
  --type "$type" --name BranchDesk --app-version "${version:-0.1.0}"
  --vendor "BranchDesk" --description "社区党建工作台"
  --input target/installer-input --main-jar branchdesk.jar
  --main-class org.branchdesk.app.Launcher
  --module-path target/installer-fx
  --add-modules javafx.controls,javafx.fxml,java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2 --include-locales=en,zh"
  --java-options "-Dfile.encoding=UTF-8"
  --dest "$out"
)
if [ "$type" = msi ]; then
  # Per-user install; the data folder (%LOCALAPPDATA%\BranchDesk) must never be the
  # install folder, because an upgrade uninstalls (removes) the install folder.
  args+=(--win-per-user-install --win-menu --win-shortcut --win-dir-chooser
         --install-dir "BranchDesk-App" --win-upgrade-uuid 6f1c2a52-3c0e-4b5e-9a57-0b7d1f6c2e10)
fi
jpackage "${args[@]}"
echo "built: $out"
