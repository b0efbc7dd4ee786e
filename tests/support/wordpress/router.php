<?php
// Router for PHP's built-in web server in WordPressFixture: files that exist are served as they are
// (PHP scripts such as xmlrpc.php run as themselves), every other path goes to index.php, as the
// rewrite rules in WordPress's .htaccess do under Apache. So pretty permalinks and /wp-json/ work.

if (!defined('ABSPATH')) {
    define('ABSPATH', rtrim($_SERVER['DOCUMENT_ROOT'], '/') . '/');
}

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = ABSPATH . ltrim($path, '/');
if ($path !== '/' && (is_file($file) || (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')))) {
    return false;
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ABSPATH . 'index.php';
require ABSPATH . 'index.php';
