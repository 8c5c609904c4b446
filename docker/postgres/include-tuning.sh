#!/bin/sh
# Runs once, when the official image initialises an empty data directory: the server started next
# reads tuning.conf (mounted beside this script) on every start.
set -e
echo "include '/etc/postgresql/tuning.conf'" >> "$PGDATA/postgresql.conf"
