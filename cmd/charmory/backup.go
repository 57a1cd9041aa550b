package main

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

// backupCmd is a placeholder until the backup command lands.
func backupCmd(cfg *app.Config) *cobra.Command { return &cobra.Command{Use: "backup", Hidden: true} }
