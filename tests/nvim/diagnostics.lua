-- Opens a manifest in Neovim with `entitle lsp` attached, waits for its
-- diagnostics and writes them as JSON: what an editor shows, read back by
-- tests/lsp_nvim.rs. Works with Neovim 0.7 (Debian 12) and later.
local bin = os.getenv("ENTITLE_BIN")
local file = os.getenv("ENTITLE_FILE")
local out = os.getenv("ENTITLE_OUT")

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "entitle",
  cmd = { bin, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
vim.lsp.buf_attach_client(buf, client)
vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)

local items = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(items, {
    lnum = d.lnum,
    col = d.col,
    severity = d.severity,
    source = d.source,
    code = d.code or lsp.code,
    message = d.message,
  })
end
local f = assert(io.open(out, "w"))
f:write(vim.fn.json_encode(items))
f:close()
vim.lsp.stop_client(client)
vim.cmd("qa!")
