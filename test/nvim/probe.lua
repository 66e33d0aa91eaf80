-- Drives the Goalpost language server from Neovim's built-in LSP client (0.7+), headless.
-- Opens the plan named by $GOALPOST_PLAN, waits for diagnostics, asks for hover, code lenses and
-- completion, prints what it got as one JSON line on stdout, and quits. Every wait is on a real
-- event, with a timeout; any Lua error ends Neovim with exit code 3.
local function run()
  local plan = os.getenv('GOALPOST_PLAN')
  local server = os.getenv('GOALPOST_SERVER')
  local out = {}

  local capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(), {
    textDocument = { codeLens = { dynamicRegistration = false }, completion = { completionItem = { snippetSupport = true } } },
  })
  local client_id = vim.lsp.start_client({
    name = 'goalpost',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(plan, ':h'),
    capabilities = capabilities,
    settings = { goalpost = { today = '2026-11-25' } },
    flags = { debounce_text_changes = 0 },
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'goals'
  vim.lsp.buf_attach_client(bufnr, client_id)

  local ok = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out.diagnostics, { line = d.lnum, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), severity = d.severity })
  end
  out.diagnostics_arrived = ok

  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    local response = client.request_sync(method, params, 10000, bufnr)
    if response == nil then return { error = 'timeout' } end
    if response.err then return { error = response.err.message } end
    return response.result
  end

  -- Hover on the first goal id: find the line 'goal <id>:'.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, text in ipairs(lines) do
    if text:match('^goal ') then
      out.hover = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = i - 1, character = 6 } })
      break
    end
  end
  out.code_lenses = request('textDocument/codeLens', { textDocument = { uri = uri } })
  -- Completion of the category on the first 'category:' line, with the cursor just after the colon
  -- and its space.
  for i, text in ipairs(lines) do
    if text:match('^  category: ') then
      local result = request('textDocument/completion', { textDocument = { uri = uri }, position = { line = i - 1, character = 12 } })
      out.completion = {}
      for _, item in ipairs((result and result.items) or result or {}) do table.insert(out.completion, item.label) end
      break
    end
  end

  io.stdout:write(vim.json.encode(out) .. '\n')
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  io.stderr:write(tostring(err) .. '\n')
  vim.cmd('cquit 3')
end
vim.cmd('qall!')
