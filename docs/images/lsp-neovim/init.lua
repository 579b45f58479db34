-- The Neovim set-up of docs/images/lsp-neovim.png (see make.sh): a dark
-- palette in 256 colours, `entitle lsp` attached, the diagnostic under the
-- cursor opened in a float.
vim.o.number = true
vim.o.background = "dark"
vim.cmd("syntax on")
vim.o.signcolumn = "yes"
vim.o.laststatus = 2
vim.o.showmode = false
vim.o.ruler = false
for group, spec in pairs({
  Normal = "ctermfg=252 ctermbg=235", NormalFloat = "ctermfg=252 ctermbg=237", FloatBorder = "ctermfg=244 ctermbg=237",
  SignColumn = "ctermbg=235", LineNr = "ctermfg=242 ctermbg=235", StatusLine = "ctermfg=252 ctermbg=238 cterm=NONE",
  Identifier = "ctermfg=110 cterm=NONE", String = "ctermfg=150", Constant = "ctermfg=180", Special = "ctermfg=180",
  Comment = "ctermfg=244", Statement = "ctermfg=176 cterm=NONE", Type = "ctermfg=176 cterm=NONE", Title = "ctermfg=176",
  DiagnosticWarn = "ctermfg=214", DiagnosticError = "ctermfg=203", DiagnosticUnderlineWarn = "cterm=underline ctermfg=214",
  DiagnosticUnderlineError = "cterm=underline ctermfg=203", EndOfBuffer = "ctermfg=235",
}) do vim.cmd("highlight " .. group .. " " .. spec) end
vim.api.nvim_create_autocmd("VimEnter", { callback = function()
  local buf = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({ name = "entitle", cmd = { os.getenv("ENTITLE_BIN"), "lsp" }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(buf, client)
  vim.defer_fn(function()
    vim.cmd("normal! zz")
    vim.diagnostic.open_float({ border = "rounded", max_width = 100 })
  end, 1500)
end })
