#!/usr/bin/env bash
# Regenerates the pictures of the hall's pages shown in README.md: builds the distribution and runs the hall's browser
# tests (every *UiIT) with screenshots on. Chromium needs a Chinese font to draw the pages' text: Debian's WenQuanYi
# Micro Hei is installed when the machine has none (the pages use the system's Chinese font, as hall PCs have one).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi
mvn -B -q install -DskipTests
mvn -B verify -pl integration-tests -Dit.test='*UiIT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtongban.screenshots="$PWD/docs/screenshots"
ls docs/screenshots/*.png
